package io.jisr.history;

import io.jisr.common.node.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CatalogueChange")
@Description("A committed change, as pushed to subscribers.")
public record ChangeEvent(
        @NonNull @Description("The change, as recorded in the history.")
        ChangeRecord change,

        @Description("The record as it is after the change; null after a DELETE (use `change.recordId`), and when the"
                + " record changed again before this server read it (the later change's event carries it).")
        Node record) {}
