package io.jisr.common.paging;

import io.jisr.common.OrderDirection;

/** A sort on one column with the record key as tie-breaker, so pages never overlap or skip. */
public record Ordering(String key, String jpql) {

    public static Ordering of(Enum<?> field, String expression, OrderDirection direction) {
        OrderDirection dir = direction == null ? OrderDirection.ASC : direction;
        return new Ordering(field.name() + "_" + dir.name(),
                expression + " " + dir.name() + " nulls last, e.pk " + dir.name());
    }
}
