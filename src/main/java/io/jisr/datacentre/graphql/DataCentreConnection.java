package io.jisr.datacentre.graphql;

import io.jisr.common.paging.Connection;
import io.jisr.common.paging.Edge;
import io.jisr.common.paging.Page;
import io.jisr.datacentre.DataCentre;
import io.jisr.datacentre.service.DataCentreFilter;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DataCentreConnection")
@Description("A page of data centres (Relay connection).")
public class DataCentreConnection extends Connection<DataCentre, DataCentreConnection.DataCentreEdge> {

    private final DataCentreFilter filter;

    public DataCentreConnection(Page<DataCentre> page, DataCentreFilter filter) {
        super(page, DataCentreEdge::new);
        this.filter = filter;
    }

    /** The filter this page was selected with, null for none. */
    DataCentreFilter filter() {
        return filter;
    }

    @NonNull
    @Description("How many data centres matching the filter have each sector, status, capability, country, operator, "
            + "city and opening year: counts for a search screen's filters, each with the filter that selects it.")
    public DataCentreFacets getFacets() {
        return new DataCentreFacets(filter);
    }

    @Type("DataCentreEdge")
    @Description("A data centre in a connection, with its cursor.")
    public static class DataCentreEdge extends Edge<DataCentre> {

        public DataCentreEdge(String cursor, DataCentre node) {
            super(cursor, node);
        }
    }
}
