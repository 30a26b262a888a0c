package io.jisr.history.graphql;

import io.jisr.common.paging.Connection;
import io.jisr.common.paging.Edge;
import io.jisr.common.paging.Page;
import io.jisr.history.ChangeRecord;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("ChangeConnection")
@Description("A page of recorded changes, newest first (Relay connection).")
public class ChangeConnection extends Connection<ChangeRecord, ChangeConnection.ChangeEdge> {

    public ChangeConnection(Page<ChangeRecord> page) {
        super(page, ChangeEdge::new);
    }

    @Type("ChangeEdge")
    @Description("A change in a connection, with its cursor.")
    public static class ChangeEdge extends Edge<ChangeRecord> {

        public ChangeEdge(String cursor, ChangeRecord node) {
            super(cursor, node);
        }
    }
}
