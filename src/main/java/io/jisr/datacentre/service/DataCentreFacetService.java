package io.jisr.datacentre.service;

import io.jisr.common.Confidence;
import io.jisr.common.i18n.Countries;
import io.jisr.common.i18n.Translations;
import io.jisr.common.paging.Criteria;
import io.jisr.common.paging.Facet;
import io.jisr.common.paging.FacetQuery;
import io.jisr.common.paging.Facets;
import io.jisr.common.paging.Totals;
import io.jisr.datacentre.DataCentre;
import io.jisr.datacentre.DataCentreStatus;
import io.jisr.organisation.Organisation;
import io.jisr.sector.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts of data centres by sector, status, capability, country, operator, city and year, and their figures, for a
 * filtered list.
 * <p>
 * Each figure is kept per filter until the next change ({@link Totals#figure}), and read in a transaction of its own,
 * so in a session and on a connection of its own: GraphQL resolves a connection's facets and figures at once, on
 * several worker threads, and sharing the request's session between them leaked pool connections under load until
 * the endpoint stopped answering.
 */
@ApplicationScoped
public class DataCentreFacetService {

    @Inject
    EntityManager em;

    @Inject
    Totals totals;

    /**
     * The facet {@code dimension} of the data centres {@code filter} selects, as shop search counts them: per value,
     * how many data centres have it and match the rest of the filter, largest first. One statement, and one more for
     * the names of sectors and operators.
     */
    public List<Facet> facet(DataCentreFilter filter, DataCentreDimension dimension) {
        Criteria criteria = DataCentreFilter.criteria(filter);
        return totals.figure(
                "DataCentre facet " + dimension + criteria, () -> Facets.count(em, criteria, query(dimension)));
    }

    private static FacetQuery query(DataCentreDimension dimension) {
        return switch (dimension) {
            case SECTORS ->
                FacetQuery.of("DataCentre e join e.sectors x", "x.slug", "sectors")
                        .namedBy(Sector.class, Sector::getNameTranslations);
            case STATUSES -> FacetQuery.of("DataCentre e", "e.status", "statuses");
            case CAPABILITIES -> FacetQuery.of("DataCentre e join e.capabilities x", "x", "capabilities");
            case COUNTRIES ->
                FacetQuery.of("DataCentre e", "e.country", "countries").named(code -> Countries.name(code.toString()));
            case OPERATORS ->
                FacetQuery.of("DataCentre e join e.operator x", "x.slug", "operators")
                        .namedBy(Organisation.class, Organisation::getNameTranslations);
            // Cities are stored as sources spell them in English; other languages fall back to it.
            case CITIES ->
                FacetQuery.of("DataCentre e", "e.city", "cities")
                        .named(city -> Translations.editorial(city.toString(), null, null));
            case YEARS -> FacetQuery.of("DataCentre e", "e.year", "yearFrom", "yearTo");
        };
    }

    /** The filter that selects {@code value} of {@code dimension} and what else {@code filter} selects. */
    public DataCentreFilter selecting(DataCentreFilter filter, DataCentreDimension dimension, String value) {
        return (filter == null ? new DataCentreFilter() : filter).selecting(dimension, value);
    }

    /** How many values {@code dimension} has over all data centres, the most its facet can list: one statement. */
    public long distinct(DataCentreDimension dimension) {
        return Facets.distinct(em, query(dimension));
    }

    /** How many data centres have coordinates, the most features a map can have: one statement. */
    public long locatedCount() {
        return DataCentreFilter.criteria(null)
                .and("e.latitude is not null and e.longitude is not null")
                .aggregate(em, DataCentre.class, "count(e)", List.of())
                .stream()
                .mapToLong(row -> ((Number) row[0]).longValue())
                .sum();
    }

    /**
     * Capacity figures of the data centres {@code filter} selects, one group per status and/or confidence as asked (a
     * single group when neither), in one statement.
     */
    public List<CapacityGroup> capacity(DataCentreFilter filter, boolean byStatus, boolean byConfidence) {
        Criteria criteria = DataCentreFilter.criteria(filter);
        return totals.figure(
                "DataCentre capacity " + byStatus + " " + byConfidence + criteria,
                () -> capacity(criteria, byStatus, byConfidence));
    }

    private List<CapacityGroup> capacity(Criteria criteria, boolean byStatus, boolean byConfidence) {
        List<String> groups = new ArrayList<>();
        if (byStatus) {
            groups.add("e.status");
        }
        if (byConfidence) {
            groups.add("e.confidence");
        }
        List<Object[]> rows = criteria.aggregate(
                em,
                DataCentre.class,
                "count(e), count(e.capacityMw), sum(e.capacityMw), min(e.capacityMw), max(e.capacityMw), "
                        + "count(e.targetCapacityMw), sum(e.targetCapacityMw), min(e.targetCapacityMw), "
                        + "max(e.targetCapacityMw)",
                groups);
        int at = groups.size();
        int status = groups.indexOf("e.status");
        int confidence = groups.indexOf("e.confidence");
        List<CapacityGroup> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            int count = ((Number) row[at]).intValue();
            if (count == 0) {
                continue; // no data centre matches: an ungrouped aggregate still returns its row of nulls
            }
            result.add(new CapacityGroup(
                    status < 0 ? null : (DataCentreStatus) row[status],
                    confidence < 0 ? null : (Confidence) row[confidence],
                    count,
                    MegawattFigures.of(row, at + 1),
                    MegawattFigures.of(row, at + 5)));
        }
        return List.copyOf(result);
    }

    /** The data centres {@code filter} selects that have coordinates, by name: one statement. */
    @Transactional
    public List<DataCentre> located(DataCentreFilter filter) {
        return DataCentreFilter.criteria(filter)
                .and("e.latitude is not null and e.longitude is not null")
                .list(em, DataCentre.class, "lower(e.nameEn), e.pk");
    }
}
