package io.jisr.organisation.graphql;

import io.jisr.organisation.service.OrganisationFilter;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("OrganisationFacets")
@Description("Counts of the organisations a filter selects, per value of each dimension. A dimension's counts ignore "
        + "its own selection in the filter and honour the rest (multiple choice, as in shop search). Values without "
        + "organisations are left out.")
public class OrganisationFacets {

    private final OrganisationFilter filter;

    OrganisationFacets(OrganisationFilter filter) {
        this.filter = filter;
    }

    /** The filter of the connection, null for none. */
    OrganisationFilter filter() {
        return filter;
    }
}
