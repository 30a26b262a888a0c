package io.jisr.common.paging;

import java.util.Map;

/**
 * Sizes of list fields only a feature can measure, such as how many distinct values a facet has: "Type.field" to the
 * most items the field can return with the data as it is. The cost estimate measures them with the fan-outs
 * (io.jisr.graphql.cost.ListSizes), in a transaction, at start and on every refresh: keep them to a statement each.
 */
public interface MeasuredLists {

    Map<String, Long> sizes();
}
