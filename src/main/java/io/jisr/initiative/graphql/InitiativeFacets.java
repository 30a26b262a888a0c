package io.jisr.initiative.graphql;

import io.jisr.initiative.service.InitiativeFilter;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("InitiativeFacets")
@Description("Counts of the initiatives a filter selects, per value of each dimension. A dimension's counts ignore its "
        + "own selection in the filter and honour the rest (multiple choice, as in shop search): with `statuses: "
        + "[SIGNED]` the other statuses still show how many they would add. Values without initiatives are left out.")
public class InitiativeFacets {

    private final InitiativeFilter filter;

    InitiativeFacets(InitiativeFilter filter) {
        this.filter = filter;
    }

    /** The filter of the connection, null for none. */
    InitiativeFilter filter() {
        return filter;
    }
}
