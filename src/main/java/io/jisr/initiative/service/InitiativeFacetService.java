package io.jisr.initiative.service;

import io.jisr.common.i18n.Countries;
import io.jisr.common.paging.Criteria;
import io.jisr.common.paging.Facet;
import io.jisr.common.paging.FacetQuery;
import io.jisr.common.paging.Facets;
import io.jisr.common.paging.Totals;
import io.jisr.initiative.Initiative;
import io.jisr.organisation.Organisation;
import io.jisr.sector.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of initiatives by sector, organisation, country, status, kind and year, and their figures, for a filtered
 * list.
 * <p>
 * Each figure is kept per filter until the next change ({@link Totals#figure}), and read in a transaction of its own,
 * so in a session and on a connection of its own: GraphQL resolves a connection's facets and figures at once, on
 * several worker threads, and sharing the request's session between them leaked pool connections under load until
 * the endpoint stopped answering.
 */
@ApplicationScoped
public class InitiativeFacetService {

    @Inject
    EntityManager em;

    @Inject
    Totals totals;

    /**
     * The facet {@code dimension} of the initiatives {@code filter} selects, as shop search counts them: per value,
     * how many initiatives have it and match the rest of the filter, largest first. One statement, and one more for
     * the names of sectors and organisations.
     */
    public List<Facet> facet(InitiativeFilter filter, InitiativeDimension dimension) {
        Criteria criteria = InitiativeFilter.criteria(filter);
        return totals.figure(
                "Initiative facet " + dimension + criteria, () -> Facets.count(em, criteria, query(dimension)));
    }

    /** How many values {@code dimension} has over all initiatives, the most its facet can list: one statement. */
    public long distinct(InitiativeDimension dimension) {
        return Facets.distinct(em, query(dimension));
    }

    /** How many currencies the stated values are in, the most value totals there can be: one statement. */
    public long currencies() {
        return Facets.distinct(em, FacetQuery.of("Initiative e", "e.valueCurrency"));
    }

    private static FacetQuery query(InitiativeDimension dimension) {
        return switch (dimension) {
            case SECTORS ->
                FacetQuery.of("Initiative e join e.sectors x", "x.slug", "sectors")
                        .namedBy(Sector.class, Sector::getNameTranslations);
            case ORGANISATIONS ->
                FacetQuery.of("InitiativeParty x join x.initiative e", "x.organisation.slug", "orgs")
                        .namedBy(Organisation.class, Organisation::getNameTranslations);
            case COUNTRIES ->
                FacetQuery.of("InitiativeParty x join x.initiative e", "x.actingFor", "countries")
                        .named(code -> Countries.name(code.toString()));
            case STATUSES -> FacetQuery.of("Initiative e", "e.status", "statuses");
            case KINDS -> FacetQuery.of("Initiative e", "e.kind", "kinds");
            case YEARS -> FacetQuery.of("Initiative e", "year(e.dateStart)", "dateFrom", "dateTo");
        };
    }

    /** The filter that selects {@code value} of {@code dimension} and what else {@code filter} selects. */
    public InitiativeFilter selecting(InitiativeFilter filter, InitiativeDimension dimension, String value) {
        return (filter == null ? new InitiativeFilter() : filter).selecting(dimension, value);
    }

    /** The stated values of the initiatives {@code filter} selects, per currency (never converted): one statement. */
    public List<CurrencyTotal> valueTotals(InitiativeFilter filter) {
        Criteria criteria = InitiativeFilter.criteria(filter);
        return totals.figure(
                "Initiative values " + criteria,
                () -> criteria
                        .and("e.valueAmount is not null and e.valueCurrency is not null")
                        .aggregate(
                                em,
                                Initiative.class,
                                "count(e), sum(e.valueAmount), min(e.valueAmount), max(e.valueAmount)",
                                List.of("e.valueCurrency"))
                        .stream()
                        .map(row -> new CurrencyTotal(
                                (String) row[0],
                                ((Number) row[1]).intValue(),
                                decimal(row[2]),
                                decimal(row[3]),
                                decimal(row[4])))
                        .toList());
    }

    /**
     * The initiatives {@code filter} selects, by year or month of their dates, in one statement: grouped by the
     * first and last month their date can fall in, then put in buckets here (a few hundred rows at most).
     */
    public Timeline timeline(InitiativeFilter filter, TimelineInterval interval) {
        Criteria criteria = InitiativeFilter.criteria(filter);
        return totals.figure("Initiative timeline " + interval + criteria, () -> timeline(filter, interval, criteria));
    }

    private Timeline timeline(InitiativeFilter filter, TimelineInterval interval, Criteria criteria) {
        List<Object[]> rows = criteria.aggregate(
                em,
                Initiative.class,
                "count(e)",
                List.of("year(e.dateStart)", "month(e.dateStart)", "month(e.dateEnd)"));
        Map<YearMonth, int[]> buckets = new TreeMap<>();
        int imprecise = 0;
        int undated = 0;
        for (Object[] row : rows) {
            int count = ((Number) row[3]).intValue();
            if (row[0] == null) {
                undated += count;
                continue;
            }
            int year = ((Number) row[0]).intValue();
            YearMonth first = YearMonth.of(year, interval == TimelineInterval.YEAR ? 1 : ((Number) row[1]).intValue());
            // A date's range never leaves its year (a year is the least precision).
            YearMonth last = interval == TimelineInterval.YEAR || row[2] == null
                    ? first
                    : YearMonth.of(year, ((Number) row[2]).intValue());
            boolean exact = first.equals(last);
            if (!exact) {
                imprecise += count;
            }
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                buckets.computeIfAbsent(month, m -> new int[2])[exact ? 0 : 1] += count;
            }
        }
        List<TimelineBucket> result = new ArrayList<>(buckets.size());
        buckets.forEach((month, counts) -> {
            boolean yearly = interval == TimelineInterval.YEAR;
            LocalDate start = month.atDay(1);
            LocalDate end = yearly ? start.withDayOfYear(start.lengthOfYear()) : month.atEndOfMonth();
            String period = yearly ? String.valueOf(month.getYear()) : month.toString();
            result.add(new TimelineBucket(
                    period,
                    start,
                    end,
                    counts[0],
                    counts[1],
                    (filter == null ? new InitiativeFilter() : filter).during(start, end)));
        });
        return new Timeline(List.copyOf(result), imprecise, undated);
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString()).stripTrailingZeros();
    }
}
