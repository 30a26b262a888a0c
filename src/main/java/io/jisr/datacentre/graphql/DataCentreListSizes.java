package io.jisr.datacentre.graphql;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.jisr.common.web.ListSizes;

/** The largest size each list field of this feature can have, for the query cost estimate (see ListSizes). */
@ApplicationScoped
public class DataCentreListSizes implements ListSizes.Source {

    @Override
    public Map<String, String> listSizeQueries() {
        return Map.of(
                "Query.dataCentres", ListSizes.Source.rows("data_centre"),
                "DataCentre.capabilities", ListSizes.Source.fanOut("data_centre_capability", "data_centre_id"),
                "DataCentre.initiatives", ListSizes.Source.fanOut("initiative_data_centre", "data_centre_id"),
                "DataCentre.partners", ListSizes.Source.fanOut("data_centre_partner", "data_centre_id"),
                "DataCentre.sectors", ListSizes.Source.fanOut("data_centre_sector", "data_centre_id"),
                "DataCentre.sources", ListSizes.Source.fanOut("data_centre_source", "data_centre_id"));
    }
}
