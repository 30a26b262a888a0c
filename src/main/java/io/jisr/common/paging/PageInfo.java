package io.jisr.common.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where this page sits in the whole result (Relay Cursor Connections).")
public record PageInfo(
        @NonNull @Description("True when items follow this page.")
        boolean hasNextPage,

        @NonNull @Description("True when items precede this page.")
        boolean hasPreviousPage,

        @Description("Cursor of the first edge; null on an empty page.")
        String startCursor,

        @Description("Cursor of the last edge; null on an empty page.")
        String endCursor) {}
