package io.jisr.initiative.graphql;

import io.jisr.common.paging.Connection;
import io.jisr.common.paging.Edge;
import io.jisr.common.paging.Page;
import io.jisr.initiative.Initiative;
import io.jisr.initiative.service.InitiativeFilter;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("InitiativeConnection")
@Description("A page of initiatives (Relay connection).")
public class InitiativeConnection extends Connection<Initiative, InitiativeConnection.InitiativeEdge> {

    private final InitiativeFilter filter;

    public InitiativeConnection(Page<Initiative> page, InitiativeFilter filter) {
        super(page, InitiativeEdge::new);
        this.filter = filter;
    }

    /** The filter this page was selected with, null for none. */
    InitiativeFilter filter() {
        return filter;
    }

    @NonNull
    @Description("How many initiatives matching the filter have each sector, organisation, country, status, kind and "
            + "year: counts for a search screen's filters, each with the filter that selects it.")
    public InitiativeFacets getFacets() {
        return new InitiativeFacets(filter);
    }

    @Type("InitiativeEdge")
    @Description("An initiative in a connection, with its cursor.")
    public static class InitiativeEdge extends Edge<Initiative> {

        public InitiativeEdge(String cursor, Initiative node) {
            super(cursor, node);
        }
    }
}
