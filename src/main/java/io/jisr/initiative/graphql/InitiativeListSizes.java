package io.jisr.initiative.graphql;

import io.jisr.common.paging.MeasuredLists;
import io.jisr.initiative.service.InitiativeDimension;
import io.jisr.initiative.service.InitiativeFacetService;
import io.jisr.initiative.service.TimelineInterval;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The lists of an initiative list's facets and figures, as long as the data can make them: each facet its distinct
 * values, the value totals their currencies, a monthly timeline its months.
 */
@ApplicationScoped
public class InitiativeListSizes implements MeasuredLists {

    @Inject
    InitiativeFacetService facets;

    @Override
    public Map<String, Long> sizes() {
        Map<String, Long> sizes = new HashMap<>();
        for (InitiativeDimension dimension : InitiativeDimension.values()) {
            sizes.put("InitiativeFacets." + dimension.name().toLowerCase(Locale.ROOT), facets.distinct(dimension));
        }
        sizes.put("InitiativeConnection.valueTotals", facets.currencies());
        sizes.put("InitiativeTimeline.buckets", (long)
                facets.timeline(null, TimelineInterval.MONTH).buckets().size());
        return sizes;
    }
}
