package io.jisr.datacentre.graphql;

import io.jisr.common.paging.Connection;
import io.jisr.common.paging.Edge;
import io.jisr.common.paging.Page;
import io.jisr.datacentre.DataCentre;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("DataCentreConnection")
@Description("A page of data centres (Relay connection).")
public class DataCentreConnection extends Connection<DataCentre, DataCentreConnection.DataCentreEdge> {

    public DataCentreConnection(Page<DataCentre> page) {
        super(page, DataCentreEdge::new);
    }

    @Type("DataCentreEdge")
    @Description("A data centre in a connection, with its cursor.")
    public static class DataCentreEdge extends Edge<DataCentre> {

        public DataCentreEdge(String cursor, DataCentre node) {
            super(cursor, node);
        }
    }
}
