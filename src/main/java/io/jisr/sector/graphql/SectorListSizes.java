package io.jisr.sector.graphql;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.jisr.common.web.ListSizes;

/** The largest size each list field of this feature can have, for the query cost estimate (see ListSizes). */
@ApplicationScoped
public class SectorListSizes implements ListSizes.Source {

    @Override
    public Map<String, String> listSizeQueries() {
        return Map.of(
                "Query.sectors", ListSizes.Source.rows("sector"),
                "Sector.dataCentres", ListSizes.Source.fanOut("data_centre_sector", "sector_id"),
                "Sector.initiatives", ListSizes.Source.fanOut("initiative_sector", "sector_id"),
                "Sector.sources", ListSizes.Source.fanOut("sector_source", "sector_id"));
    }
}
