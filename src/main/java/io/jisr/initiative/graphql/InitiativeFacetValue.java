package io.jisr.initiative.graphql;

import io.jisr.common.paging.Facet;
import io.jisr.common.paging.FacetValue;
import io.jisr.initiative.service.InitiativeFilter;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("InitiativeFacetValue")
@Description("One value of a facet of initiatives, with how many initiatives have it.")
public class InitiativeFacetValue extends FacetValue<InitiativeFilter> {

    InitiativeFacetValue(Facet facet, InitiativeFilter filter) {
        super(facet, filter);
    }
}
