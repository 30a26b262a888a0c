package io.jisr.initiative.graphql;

import io.jisr.common.paging.Connection;
import io.jisr.common.paging.Edge;
import io.jisr.common.paging.Page;
import io.jisr.initiative.Initiative;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("InitiativeConnection")
@Description("A page of initiatives (Relay connection).")
public class InitiativeConnection extends Connection<Initiative, InitiativeConnection.InitiativeEdge> {

    public InitiativeConnection(Page<Initiative> page) {
        super(page, InitiativeEdge::new);
    }

    @Type("InitiativeEdge")
    @Description("An initiative in a connection, with its cursor.")
    public static class InitiativeEdge extends Edge<Initiative> {

        public InitiativeEdge(String cursor, Initiative node) {
            super(cursor, node);
        }
    }
}
