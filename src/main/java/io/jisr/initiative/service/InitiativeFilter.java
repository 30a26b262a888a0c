package io.jisr.initiative.service;

import io.jisr.common.paging.Criteria;
import io.jisr.initiative.InitiativeKind;
import io.jisr.initiative.InitiativeStatus;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;

@Input("InitiativeFilter")
@Type("InitiativeFilterSelection")
@Description(
        "Narrows a list of initiatives. Every field is optional; set fields combine with AND, list values with OR. "
                + "As output (`InitiativeFilterSelection`, in facets) it has the same fields: send it back as `filter`.")
public class InitiativeFilter {

    @Size(max = 50)
    @Description("Only initiatives in one of these sectors (slugs).")
    public List<@Size(max = 100) String> sectors;

    @Size(max = 50)
    @Description("Only initiatives with one of these organisations as a party (slugs).")
    public List<@Size(max = 100) String> organisations;

    @Size(max = 50)
    @Description("Only initiatives with a party acting for one of these countries (ISO 3166-1 alpha-2).")
    public List<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SA or FR") String>
            countries;

    @Description("Only initiatives in one of these statuses.")
    public List<InitiativeStatus> statuses;

    @Description("Only initiatives of one of these kinds.")
    public List<InitiativeKind> kinds;

    @Size(max = 50)
    @Description("Only initiatives linked to one of these data centres (slugs).")
    public List<@Size(max = 100) String> dataCentres;

    @Description("Only initiatives whose date can fall on or after this day. Undated initiatives are excluded.")
    public LocalDate dateFrom;

    @Description("Only initiatives whose date can fall on or before this day. Undated initiatives are excluded.")
    public LocalDate dateTo;

    @Size(max = 200)
    @Description("Case-insensitive text that the title (in any language) or slug contains.")
    public String search;

    /** A copy of this filter that selects the initiatives whose date can fall from {@code from} to {@code to}. */
    InitiativeFilter during(LocalDate from, LocalDate to) {
        InitiativeFilter copy = selecting(InitiativeDimension.YEARS, String.valueOf(from.getYear()));
        copy.dateFrom = from;
        copy.dateTo = to;
        return copy;
    }

    /** A copy of this filter in which {@code dimension} selects only {@code value}: what a facet value selects. */
    InitiativeFilter selecting(InitiativeDimension dimension, String value) {
        InitiativeFilter copy = new InitiativeFilter();
        copy.sectors = dimension == InitiativeDimension.SECTORS ? List.of(value) : sectors;
        copy.organisations = dimension == InitiativeDimension.ORGANISATIONS ? List.of(value) : organisations;
        copy.countries = dimension == InitiativeDimension.COUNTRIES ? List.of(value) : countries;
        copy.statuses = dimension == InitiativeDimension.STATUSES ? List.of(InitiativeStatus.valueOf(value)) : statuses;
        copy.kinds = dimension == InitiativeDimension.KINDS ? List.of(InitiativeKind.valueOf(value)) : kinds;
        copy.dataCentres = dataCentres;
        boolean year = dimension == InitiativeDimension.YEARS;
        copy.dateFrom = year ? LocalDate.of(Integer.parseInt(value), 1, 1) : dateFrom;
        copy.dateTo = year ? LocalDate.of(Integer.parseInt(value), 12, 31) : dateTo;
        copy.search = search;
        return copy;
    }

    /** The WHERE clause this filter makes of a list query over initiatives {@code e}; no filter selects all. */
    static Criteria criteria(InitiativeFilter filter) {
        InitiativeFilter f = filter == null ? new InitiativeFilter() : filter;
        return new Criteria()
                .withAny("exists (select 1 from e.sectors s where s.slug in :sectors)", "sectors", f.sectors)
                .withAny(
                        "exists (select 1 from InitiativeParty p where p.initiative = e and p.organisation.slug in :orgs)",
                        "orgs",
                        f.organisations)
                .withAny(
                        "exists (select 1 from InitiativeParty p where p.initiative = e and p.actingFor in :countries)",
                        "countries",
                        f.countries)
                .withAny("e.status in :statuses", "statuses", f.statuses)
                .withAny("e.kind in :kinds", "kinds", f.kinds)
                .withAny("exists (select 1 from e.dataCentres d where d.slug in :dcs)", "dcs", f.dataCentres)
                .with("e.dateEnd >= :dateFrom", "dateFrom", f.dateFrom)
                .with("e.dateStart <= :dateTo", "dateTo", f.dateTo)
                .withSearch(f.search);
    }
}
