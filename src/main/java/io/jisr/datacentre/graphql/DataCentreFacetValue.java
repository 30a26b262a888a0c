package io.jisr.datacentre.graphql;

import io.jisr.common.paging.Facet;
import io.jisr.common.paging.FacetValue;
import io.jisr.datacentre.service.DataCentreFilter;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("DataCentreFacetValue")
@Description("One value of a facet of data centres, with how many data centres have it.")
public class DataCentreFacetValue extends FacetValue<DataCentreFilter> {

    DataCentreFacetValue(Facet facet, DataCentreFilter filter) {
        super(facet, filter);
    }
}
