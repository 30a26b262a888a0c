package io.jisr.organisation.graphql;

import io.jisr.common.paging.MeasuredLists;
import io.jisr.organisation.service.OrganisationDimension;
import io.jisr.organisation.service.OrganisationFacetService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The facets of an organisation list, as long as the data can make them: each its distinct values. */
@ApplicationScoped
public class OrganisationListSizes implements MeasuredLists {

    @Inject
    OrganisationFacetService facets;

    @Override
    public Map<String, Long> sizes() {
        Map<String, Long> sizes = new HashMap<>();
        for (OrganisationDimension dimension : OrganisationDimension.values()) {
            sizes.put("OrganisationFacets." + dimension.name().toLowerCase(Locale.ROOT), facets.distinct(dimension));
        }
        return sizes;
    }
}
