package io.jisr.datacentre.graphql;

import io.jisr.common.Geo;
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
        super(page, (cursor, node) -> new DataCentreEdge(cursor, node, distanceKm(filter, node)));
        this.filter = filter;
    }

    /** Kilometres from the filter's `near` point to {@code node}, rounded to metres; null without either point. */
    static Double distanceKm(DataCentreFilter filter, DataCentre node) {
        if (filter == null || filter.near == null || node.latitude == null || node.longitude == null) {
            return null;
        }
        double km = Geo.distanceKm(filter.near.latitude, filter.near.longitude, node.latitude, node.longitude);
        return Math.round(km * 1000) / 1000.0;
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

        private final Double distanceKm;

        public DataCentreEdge(String cursor, DataCentre node, Double distanceKm) {
            super(cursor, node);
            this.distanceKm = distanceKm;
        }

        @Description(
                "Kilometres from `filter.near` to the data centre (haversine, to the metre); null without " + "`near`.")
        public Double getDistanceKm() {
            return distanceKm;
        }
    }
}
