package io.jisr.common.editing;

import io.jisr.common.node.NodeType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Deleted")
@Description("What a delete removed, so client caches can evict it.")
public record Deleted(
        @Id @NonNull @Description("Global id of the deleted record.")
        String id,

        @NonNull @Description("Kind of the deleted record.") NodeType type) {}
