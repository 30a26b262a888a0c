package io.jisr.datacentre;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Capability")
@Description("A service a data centre offers.")
public enum Capability {
    @Description("AI training or inference (GPU/accelerator capacity).")
    AI,
    @Description("High-performance computing.")
    HPC,
    @Description("Sovereign or government cloud, with data kept under national control.")
    SOVEREIGN_CLOUD,
    @Description("A public cloud provider's region.")
    PUBLIC_CLOUD_REGION,
    @Description("Colocation space for customers' own equipment.")
    COLOCATION,
    @Description("Quantum computing.")
    QUANTUM
}
