package io.jisr.organisation.graphql;

import io.jisr.common.paging.Connection;
import io.jisr.common.paging.Edge;
import io.jisr.common.paging.Page;
import io.jisr.organisation.Organisation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("OrganisationConnection")
@Description("A page of organisations (Relay connection).")
public class OrganisationConnection extends Connection<Organisation, OrganisationConnection.OrganisationEdge> {

    public OrganisationConnection(Page<Organisation> page) {
        super(page, OrganisationEdge::new);
    }

    @Type("OrganisationEdge")
    @Description("An organisation in a connection, with its cursor.")
    public static class OrganisationEdge extends Edge<Organisation> {

        public OrganisationEdge(String cursor, Organisation node) {
            super(cursor, node);
        }
    }
}
