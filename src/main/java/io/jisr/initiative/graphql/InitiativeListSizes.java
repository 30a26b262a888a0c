package io.jisr.initiative.graphql;

import io.jisr.graphql.ListSizeQueries;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The largest size each list field of this feature can have, for the query cost estimate (see ListSizeQueries). */
@ApplicationScoped
public class InitiativeListSizes implements ListSizeQueries {

    @Override
    public Map<String, String> listSizeQueries() {
        return Map.of(
                "Query.initiatives", ListSizeQueries.rows("initiative"),
                "Initiative.dataCentres", ListSizeQueries.fanOut("initiative_data_centre", "initiative_id"),
                "Initiative.partners", ListSizeQueries.fanOut("initiative_party", "initiative_id"),
                "Initiative.sectors", ListSizeQueries.fanOut("initiative_sector", "initiative_id"),
                "Initiative.sources", ListSizeQueries.fanOut("initiative_source", "initiative_id"));
    }
}
