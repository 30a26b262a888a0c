package io.jisr.datacentre.service;

import io.jisr.common.Descriptions;
import io.jisr.common.Geo;
import io.jisr.common.error.ValidationException;
import io.jisr.common.paging.Criteria;
import io.jisr.datacentre.Capability;
import io.jisr.datacentre.DataCentreStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;

@Input("DataCentreFilter")
@Type("DataCentreFilterSelection")
@Description(
        "Narrows a list of data centres. Every field is optional; set fields combine with AND, list values with OR. "
                + "As output (`DataCentreFilterSelection`, in facets) it has the same fields: send it back as "
                + "`filter`.")
public class DataCentreFilter {

    @Size(max = 50)
    @Description("Only data centres serving one of these sectors (slugs).")
    public List<@Size(max = 100) String> sectors;

    @Size(max = 50)
    @Description("Only data centres operated by, or partnered with, one of these organisations (slugs).")
    public List<@Size(max = 100) String> organisations;

    @Size(max = 50)
    @Size(max = 50)
    @Description("Only data centres operated by one of these organisations (slugs).")
    public List<@Size(max = 100) String> operators;

    @Description("Only data centres in one of these countries (ISO 3166-1 alpha-2).")
    public List<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SA or FR") String>
            countries;

    @Description("Only data centres in one of these statuses.")
    public List<DataCentreStatus> statuses;

    @Description("Only data centres offering at least one of these capabilities.")
    public List<Capability> capabilities;

    @Size(max = 200)
    @Description("Case-insensitive text the city contains, for example `riyadh`.")
    public String city;

    @Size(max = 50)
    @Description("Only data centres in one of these cities, as `city` spells them (exact).")
    public List<@Size(max = 200) String> cities;

    @Description("Only data centres opened, or expected to open, in this year or later (`year`).")
    public Integer yearFrom;

    @Description("Only data centres opened, or expected to open, in this year or earlier (`year`).")
    public Integer yearTo;

    @Description("Only data centres announced in this year or later.")
    public Integer announcedFrom;

    @Description("Only data centres announced in this year or earlier.")
    public Integer announcedTo;

    @Size(max = 200)
    @Description(Descriptions.NAME_SEARCH)
    public String search;

    @Valid
    @Description("Only data centres within this distance of a point (haversine over their stored coordinates); "
            + "enables `distanceKm` on the edges and ordering by `DISTANCE`.")
    public NearInput near;

    @Valid
    @Description("Only data centres inside this box (a map view's bounds).")
    public BoxInput within;

    @Description("Only data centres whose location is the site itself, leaving out those placed at their city's "
            + "centre (`location.exact` false). Data centres without coordinates are never on a map.")
    public Boolean exactOnly;

    /** The WHERE clause this filter makes of a list query over data centres {@code e}; no filter selects all. */
    static Criteria criteria(DataCentreFilter filter) {
        DataCentreFilter f = filter == null ? new DataCentreFilter() : filter;
        return new Criteria()
                .withAny("exists (select 1 from e.sectors s where s.slug in :sectors)", "sectors", f.sectors)
                .withAny(
                        "(exists (select 1 from Organisation o where o = e.operator and o.slug in :orgs) "
                                + "or exists (select 1 from e.partners o where o.slug in :orgs))",
                        "orgs",
                        f.organisations)
                .withAny("e.operator.slug in :operators", "operators", f.operators)
                .withAny("e.country in :countries", "countries", f.countries)
                .withAny("e.status in :statuses", "statuses", f.statuses)
                .withAny(
                        "exists (select 1 from e.capabilities c where c in :capabilities)",
                        "capabilities",
                        f.capabilities)
                .withText("lower(e.city) like :city escape '!'", "city", f.city)
                .withAny("e.city in :cities", "cities", f.cities)
                .with("e.year >= :yearFrom", "yearFrom", f.yearFrom)
                .with("e.year <= :yearTo", "yearTo", f.yearTo)
                .with(
                        "e.dates.announcedOn >= :announcedFrom",
                        "announcedFrom",
                        f.announcedFrom == null ? null : LocalDate.of(f.announcedFrom, 1, 1))
                .with(
                        "e.dates.announcedOn <= :announcedTo",
                        "announcedTo",
                        f.announcedTo == null ? null : LocalDate.of(f.announcedTo, 12, 31))
                .withSearch(f.search)
                .withAll(
                        f.near == null ? null : Geo.distanceKmExpression("near") + " <= :nearRadius",
                        "near",
                        f.near == null
                                ? Map.of()
                                : Map.of(
                                        "nearLat", f.near.latitude,
                                        "nearLon", f.near.longitude,
                                        "nearRadius", f.near.radiusKm))
                .withAll(withinClause(f.within), "within", withinParameters(f.within))
                .withAll(Boolean.TRUE.equals(f.exactOnly) ? "e.locationExact = true" : null, "exactOnly", Map.of());
    }

    /** The box's clause; a box whose west edge is east of its east edge wraps across the 180th meridian. */
    private static String withinClause(BoxInput box) {
        if (box == null) {
            return null;
        }
        if (box.south > box.north) {
            throw ValidationException.of("filter.within.south", "must not be north of `north`");
        }
        return "e.latitude between :boxSouth and :boxNorth and "
                + (box.west <= box.east
                        ? "e.longitude between :boxWest and :boxEast"
                        : "(e.longitude >= :boxWest or e.longitude <= :boxEast)");
    }

    private static Map<String, Object> withinParameters(BoxInput box) {
        return box == null
                ? Map.of()
                : Map.of("boxSouth", box.south, "boxNorth", box.north, "boxWest", box.west, "boxEast", box.east);
    }

    /** A copy of this filter in which {@code dimension} selects only {@code value}: what a facet value selects. */
    DataCentreFilter selecting(DataCentreDimension dimension, String value) {
        DataCentreFilter copy = new DataCentreFilter();
        copy.sectors = dimension == DataCentreDimension.SECTORS ? List.of(value) : sectors;
        copy.organisations = organisations;
        copy.operators = dimension == DataCentreDimension.OPERATORS ? List.of(value) : operators;
        copy.countries = dimension == DataCentreDimension.COUNTRIES ? List.of(value) : countries;
        copy.statuses = dimension == DataCentreDimension.STATUSES ? List.of(DataCentreStatus.valueOf(value)) : statuses;
        copy.capabilities =
                dimension == DataCentreDimension.CAPABILITIES ? List.of(Capability.valueOf(value)) : capabilities;
        copy.city = city;
        copy.cities = dimension == DataCentreDimension.CITIES ? List.of(value) : cities;
        boolean year = dimension == DataCentreDimension.YEARS;
        copy.yearFrom = year ? Integer.valueOf(value) : yearFrom;
        copy.yearTo = year ? Integer.valueOf(value) : yearTo;
        copy.announcedFrom = announcedFrom;
        copy.announcedTo = announcedTo;
        copy.search = search;
        copy.near = near;
        copy.within = within;
        copy.exactOnly = exactOnly;
        return copy;
    }
}
