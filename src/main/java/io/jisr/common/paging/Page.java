package io.jisr.common.paging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A page of an ordered result as a service returns it: the items with their cursors, whether rows exist before the
 * first and after the last item in the whole (filtered) result, and the size of that result.
 */
public record Page<T>(List<T> items, List<String> cursors, boolean hasPreviousPage, boolean hasNextPage, long total) {

    /** Stands for a page nobody asked to see ({@link Connection#readsPage}): nothing read, nothing shown. */
    public static <T> Page<T> unread() {
        return new Page<>(List.of(), List.of(), false, false, 0);
    }

    /**
     * The page of {@code sorted} (already in {@code ordering}'s order) that {@code request} selects, for rows loaded
     * together, such as one record's history among a batch.
     */
    public static <T> Page<T> slice(
            List<T> sorted, Function<T, Cursor> position, Ordering ordering, PageRequest request) {
        Comparator<Cursor> order = ordering.comparator();
        int start = 0;
        int end = sorted.size();
        if (request.after() != null) {
            while (start < end && order.compare(position.apply(sorted.get(start)), request.after()) <= 0) {
                start++;
            }
        }
        if (request.before() != null) {
            while (end > start && order.compare(position.apply(sorted.get(end - 1)), request.before()) >= 0) {
                end--;
            }
        }
        int from = request.backwards() ? Math.max(start, end - request.size()) : start;
        int to = request.backwards() ? end : Math.min(end, start + request.size());
        List<T> items = sorted.subList(from, to);
        List<String> cursors = new ArrayList<>(items.size());
        items.forEach(item -> cursors.add(position.apply(item).encode(request.ordering())));
        return new Page<>(items, cursors, from > 0, to < sorted.size(), sorted.size());
    }
}
