package io.jisr.common.paging;

import io.jisr.common.OrderDirection;
import java.util.Comparator;

/**
 * A sort on one expression, missing values last in both directions, with the record key as tie-breaker so every
 * position is unique. It also writes the keyset conditions that select what lies after or before a cursor's position,
 * which keep pages stable while records are created and deleted between two fetches.
 */
public record Ordering(String key, String expression, OrderDirection direction) {

    public static Ordering of(Enum<?> field, String expression, OrderDirection direction) {
        OrderDirection dir = direction == null ? OrderDirection.ASC : direction;
        return new Ordering(field.name() + "_" + dir.name(), expression, dir);
    }

    /** The JPQL order; reversed for reading a page backwards (`last`), still with missing values at the far end. */
    public String orderBy(boolean reversed) {
        boolean ascending = (direction == OrderDirection.ASC) != reversed;
        String dir = ascending ? "asc" : "desc";
        return expression + " " + dir + (reversed ? " nulls first" : " nulls last") + ", e.pk " + dir;
    }

    /** Condition for rows strictly after {@code cursor}; its value and key are bound as {@code :<p>v} and {@code :<p>k}. */
    public String after(Cursor cursor, String p) {
        String gt = direction == OrderDirection.ASC ? ">" : "<";
        return cursor.value() == null
                ? "(" + expression + " is null and e.pk " + gt + " :" + p + "k)"
                : "(" + expression + " " + gt + " :" + p + "v or (" + expression + " = :" + p + "v and e.pk " + gt
                        + " :" + p + "k) or " + expression + " is null)";
    }

    /** Condition for rows strictly before {@code cursor}; parameters as in {@link #after}. */
    public String before(Cursor cursor, String p) {
        String lt = direction == OrderDirection.ASC ? "<" : ">";
        return cursor.value() == null
                ? "(" + expression + " is not null or e.pk " + lt + " :" + p + "k)"
                : "(" + expression + " " + lt + " :" + p + "v or (" + expression + " = :" + p + "v and e.pk " + lt
                        + " :" + p + "k))";
    }

    /** The same order in memory, for rows already loaded; values must compare as the database compares them. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Comparator<Cursor> comparator() {
        Comparator<Comparable> values =
                direction == OrderDirection.ASC ? Comparator.naturalOrder() : Comparator.reverseOrder();
        Comparator<Long> keys = direction == OrderDirection.ASC ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing((Cursor c) -> (Comparable) c.value(), Comparator.nullsLast(values))
                .thenComparing(Cursor::key, keys);
    }
}
