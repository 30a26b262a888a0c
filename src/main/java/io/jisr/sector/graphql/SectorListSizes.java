package io.jisr.sector.graphql;

import io.jisr.graphql.ListSizeQueries;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The largest size each list field of this feature can have, for the query cost estimate (see ListSizeQueries). */
@ApplicationScoped
public class SectorListSizes implements ListSizeQueries {

    @Override
    public Map<String, String> listSizeQueries() {
        return Map.of(
                "Query.sectors", ListSizeQueries.rows("sector"),
                "Sector.dataCentres", ListSizeQueries.fanOut("data_centre_sector", "sector_id"),
                "Sector.initiatives", ListSizeQueries.fanOut("initiative_sector", "sector_id"),
                "Sector.sources", ListSizeQueries.fanOut("sector_source", "sector_id"));
    }
}
