package io.jisr.common.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Relay connection. Each record type subclasses it with concrete edge and connection classes, because Relay clients
 * recognise connections by a type name ending in "Connection", which generic types do not get.
 */
public abstract class Connection<T, E extends Edge<T>> {

    private final List<E> edges;
    private final PageInfo pageInfo;
    private final int totalCount;

    protected Connection(Page<T> page, BiFunction<String, T, E> edgeFactory) {
        edges = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(edgeFactory.apply(page.cursors().get(i), page.items().get(i)));
        }
        pageInfo = new PageInfo(
                page.hasNextPage(),
                page.hasPreviousPage(),
                edges.isEmpty() ? null : edges.get(0).getCursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor());
        totalCount = Math.toIntExact(page.total());
    }

    @NonNull
    @Description("The items of this page, in order.")
    public List<@NonNull E> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Paging state of this page.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    @NonNull
    @Description("Number of items matching the filter, across all pages.")
    public int getTotalCount() {
        return totalCount;
    }
}
