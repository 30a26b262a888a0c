package io.jisr.datacentre.graphql;

import io.jisr.datacentre.service.DataCentreFilter;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("DataCentreFacets")
@Description(
        "Counts of the data centres a filter selects, per value of each dimension. A dimension's counts ignore its "
                + "own selection in the filter and honour the rest (multiple choice, as in shop search): with `statuses: "
                + "[OPERATIONAL]` the other statuses still show how many they would add. Values without data centres are left out.")
public class DataCentreFacets {

    private final DataCentreFilter filter;

    DataCentreFacets(DataCentreFilter filter) {
        this.filter = filter;
    }

    /** The filter of the connection, null for none. */
    DataCentreFilter filter() {
        return filter;
    }
}
