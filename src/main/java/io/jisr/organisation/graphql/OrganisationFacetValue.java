package io.jisr.organisation.graphql;

import io.jisr.common.paging.Facet;
import io.jisr.common.paging.FacetValue;
import io.jisr.organisation.service.OrganisationFilter;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("OrganisationFacetValue")
@Description("One value of a facet of organisations, with how many organisations have it.")
public class OrganisationFacetValue extends FacetValue<OrganisationFilter> {

    OrganisationFacetValue(Facet facet, OrganisationFilter filter) {
        super(facet, filter);
    }
}
