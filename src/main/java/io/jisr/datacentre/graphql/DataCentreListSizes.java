package io.jisr.datacentre.graphql;

import io.jisr.graphql.ListSizeQueries;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The largest size each list field of this feature can have, for the query cost estimate (see ListSizeQueries). */
@ApplicationScoped
public class DataCentreListSizes implements ListSizeQueries {

    @Override
    public Map<String, String> listSizeQueries() {
        return Map.of(
                "Query.dataCentres", ListSizeQueries.rows("data_centre"),
                "DataCentre.capabilities", ListSizeQueries.fanOut("data_centre_capability", "data_centre_id"),
                "DataCentre.initiatives", ListSizeQueries.fanOut("initiative_data_centre", "data_centre_id"),
                "DataCentre.partners", ListSizeQueries.fanOut("data_centre_partner", "data_centre_id"),
                "DataCentre.sectors", ListSizeQueries.fanOut("data_centre_sector", "data_centre_id"),
                "DataCentre.sources", ListSizeQueries.fanOut("data_centre_source", "data_centre_id"));
    }
}
