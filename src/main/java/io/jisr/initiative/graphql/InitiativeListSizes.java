package io.jisr.initiative.graphql;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.jisr.common.web.ListSizes;

/** The largest size each list field of this feature can have, for the query cost estimate (see ListSizes). */
@ApplicationScoped
public class InitiativeListSizes implements ListSizes.Source {

    @Override
    public Map<String, String> listSizeQueries() {
        return Map.of(
                "Query.initiatives", ListSizes.Source.rows("initiative"),
                "Initiative.dataCentres", ListSizes.Source.fanOut("initiative_data_centre", "initiative_id"),
                "Initiative.partners", ListSizes.Source.fanOut("initiative_party", "initiative_id"),
                "Initiative.sectors", ListSizes.Source.fanOut("initiative_sector", "initiative_id"),
                "Initiative.sources", ListSizes.Source.fanOut("initiative_source", "initiative_id"));
    }
}
