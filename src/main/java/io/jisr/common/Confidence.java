package io.jisr.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Confidence")
@Description("How well the cited sources support a record.")
public enum Confidence {
    @Description("Several consistent or authoritative sources.")
    HIGH,
    @Description("Supported, but by few or secondary sources.")
    MEDIUM,
    @Description("Weakly supported; treat with caution.")
    LOW
}
