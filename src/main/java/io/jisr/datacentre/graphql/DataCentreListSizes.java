package io.jisr.datacentre.graphql;

import io.jisr.common.paging.MeasuredLists;
import io.jisr.datacentre.service.DataCentreDimension;
import io.jisr.datacentre.service.DataCentreFacetService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The lists of a data-centre list's facets and map, as long as the data can make them: each facet its distinct
 * values, the GeoJSON its located data centres.
 */
@ApplicationScoped
public class DataCentreListSizes implements MeasuredLists {

    @Inject
    DataCentreFacetService facets;

    @Override
    public Map<String, Long> sizes() {
        Map<String, Long> sizes = new HashMap<>();
        for (DataCentreDimension dimension : DataCentreDimension.values()) {
            sizes.put("DataCentreFacets." + dimension.name().toLowerCase(Locale.ROOT), facets.distinct(dimension));
        }
        sizes.put("DataCentreFeatureCollection.features", facets.locatedCount());
        return sizes;
    }
}
