package io.jisr.organisation.service;

import io.jisr.common.paging.Criteria;
import io.jisr.organisation.OrganisationType;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;

@Input("OrganisationFilter")
@Type("OrganisationFilterSelection")
@Description(
        "Narrows a list of organisations. Every field is optional; set fields combine with AND, list values with OR.")
public class OrganisationFilter {

    @Size(max = 50)
    @Description("Only organisations party to an initiative in one of these sectors (slugs).")
    public List<@Size(max = 100) String> sectors;

    @Size(max = 50)
    @Description("Only organisations from one of these countries (ISO 3166-1 alpha-2).")
    public List<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SA or FR") String>
            countries;

    @Description("Only organisations of one of these types.")
    public List<OrganisationType> types;

    @Size(max = 200)
    @Description("Case-insensitive text that the name (in any language), acronym or slug contains.")
    public String search;

    /** A copy of this filter in which {@code dimension} selects only {@code value}: what a facet value selects. */
    OrganisationFilter selecting(OrganisationDimension dimension, String value) {
        OrganisationFilter copy = new OrganisationFilter();
        copy.sectors = dimension == OrganisationDimension.SECTORS ? List.of(value) : sectors;
        copy.countries = dimension == OrganisationDimension.COUNTRIES ? List.of(value) : countries;
        copy.types = dimension == OrganisationDimension.TYPES ? List.of(OrganisationType.valueOf(value)) : types;
        copy.search = search;
        return copy;
    }

    /**
     * The WHERE clause this filter makes of a list query over organisations {@code e}, "in these sectors" being
     * {@code sectorCondition}; no filter selects all.
     */
    static Criteria criteria(OrganisationFilter filter, String sectorCondition) {
        OrganisationFilter f = filter == null ? new OrganisationFilter() : filter;
        return new Criteria()
                .withAny(sectorCondition, "sectors", f.sectors)
                .withAny("e.country in :countries", "countries", f.countries)
                .withAny("e.type in :types", "types", f.types)
                .withSearch(f.search);
    }
}
