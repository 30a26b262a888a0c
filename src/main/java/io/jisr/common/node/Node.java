package io.jisr.common.node;

import io.jisr.common.Descriptions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

@Interface("Node")
@Description("An object with a globally unique, opaque id (Relay Global Object Identification).")
public interface Node {

    @Id
    @NonNull
    @Description(Descriptions.GLOBAL_ID)
    String getId();
}
