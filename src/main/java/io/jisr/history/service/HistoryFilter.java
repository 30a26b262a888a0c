package io.jisr.history.service;

import io.jisr.common.editing.ChangeOperation;
import io.jisr.common.node.NodeType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("HistoryFilter")
@Description("Narrows the change history. Every field is optional; set fields combine with AND, list values with OR.")
public class HistoryFilter {

    @Description("Only changes to these kinds of record.")
    public List<NodeType> types;

    @Description("Only these operations.")
    public List<ChangeOperation> operations;

    @Description("Only changes at or after this instant.")
    public Instant from;

    @Description("Only changes before this instant.")
    public Instant to;

    @Id
    @Description("Only changes to this record (global id).")
    public String recordId;
}
