package io.jisr.organisation.service;

import io.jisr.common.i18n.Countries;
import io.jisr.common.paging.ContributedFilter;
import io.jisr.common.paging.Criteria;
import io.jisr.common.paging.Facet;
import io.jisr.common.paging.FacetQuery;
import io.jisr.common.paging.Facets;
import io.jisr.common.paging.Totals;
import io.jisr.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Counts of organisations by type, country and sector, for a filtered list. Sectors are counted as a higher feature
 * says an organisation is in one (a {@link ContributedFilter} with a facet), which this feature does not name.
 * Each count is kept and read as the other lists' facets are ({@link Totals#figure}).
 */
@ApplicationScoped
public class OrganisationFacetService {

    @Inject
    EntityManager em;

    @Inject
    Totals totals;

    @Inject
    OrganisationService organisations;

    @Inject
    @Any
    Instance<ContributedFilter> filters;

    /**
     * The facet {@code dimension} of the organisations {@code filter} selects, as shop search counts them: per value,
     * how many organisations have it and match the rest of the filter, largest first. One statement, and one more
     * for the names of sectors; no values for sectors when no feature counts them.
     */
    public List<Facet> facet(OrganisationFilter filter, OrganisationDimension dimension) {
        FacetQuery query = query(dimension);
        if (query == null) {
            return List.of();
        }
        Criteria criteria = OrganisationFilter.criteria(filter, organisations.sectorCondition());
        return totals.figure("Organisation facet " + dimension + criteria, () -> Facets.count(em, criteria, query));
    }

    /** How many values {@code dimension} has over all organisations, the most its facet can list: one statement. */
    public long distinct(OrganisationDimension dimension) {
        FacetQuery query = query(dimension);
        return query == null ? 0 : Facets.distinct(em, query);
    }

    /** The filter that selects {@code value} of {@code dimension} and what else {@code filter} selects. */
    public OrganisationFilter selecting(OrganisationFilter filter, OrganisationDimension dimension, String value) {
        return (filter == null ? new OrganisationFilter() : filter).selecting(dimension, value);
    }

    private FacetQuery query(OrganisationDimension dimension) {
        return switch (dimension) {
            case TYPES -> FacetQuery.of("Organisation e", "e.type", "types");
            case COUNTRIES ->
                FacetQuery.of("Organisation e", "e.country", "countries")
                        .named(code -> Countries.name(code.toString()));
            case SECTORS -> ContributedFilter.facetOf(filters, Organisation.class, "sectors");
        };
    }
}
