package io.jisr.organisation.graphql;

import io.jisr.common.paging.Connection;
import io.jisr.common.paging.Edge;
import io.jisr.common.paging.Page;
import io.jisr.organisation.Organisation;
import io.jisr.organisation.service.OrganisationFilter;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("OrganisationConnection")
@Description("A page of organisations (Relay connection).")
public class OrganisationConnection extends Connection<Organisation, OrganisationConnection.OrganisationEdge> {

    private final OrganisationFilter filter;

    public OrganisationConnection(Page<Organisation> page, OrganisationFilter filter) {
        super(page, OrganisationEdge::new);
        this.filter = filter;
    }

    @NonNull
    @Description("How many organisations matching the filter have each type, country and sector: counts for a search "
            + "screen's filters, each with the filter that selects it.")
    public OrganisationFacets getFacets() {
        return new OrganisationFacets(filter);
    }

    @Type("OrganisationEdge")
    @Description("An organisation in a connection, with its cursor.")
    public static class OrganisationEdge extends Edge<Organisation> {

        public OrganisationEdge(String cursor, Organisation node) {
            super(cursor, node);
        }
    }
}
