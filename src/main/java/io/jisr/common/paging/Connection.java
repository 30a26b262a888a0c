package io.jisr.common.paging;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Relay connection. Each record type subclasses it with concrete edge and connection classes, because Relay clients
 * recognise connections by a type name ending in "Connection", which generic types do not get.
 */
public abstract class Connection<T, E extends Edge<T>> {

    /** The fields whose values come from the page's rows and counts; facets and figures need only the filter. */
    private static final Set<String> PAGE_FIELDS = Set.of("edges", "pageInfo", "totalCount");

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

    /**
     * Whether the connection field being resolved selects any of its page's fields ({@code edges}, {@code pageInfo},
     * {@code totalCount}), read from the query as written (through fragments; {@code @skip} and {@code @include} are
     * taken as selecting). A dashboard asking a connection only for facets or figures then reads no page: its rows
     * were a sixth of such a request's CPU. True when the field cannot be told (no environment).
     */
    public static boolean readsPage(Context context) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        if (env == null || env.getMergedField() == null) {
            return true;
        }
        for (Field field : env.getMergedField().getFields()) {
            if (selectsPage(field.getSelectionSet(), env.getFragmentsByName(), 0)) {
                return true;
            }
        }
        return false;
    }

    /** {@code spreads}: fragments spread on the way here, more than there are only in a cycle. */
    private static boolean selectsPage(SelectionSet set, Map<String, FragmentDefinition> fragments, int spreads) {
        if (set == null || spreads > fragments.size()) {
            // No selection, or fragments spread in a cycle (refused by validation before this runs).
            return false;
        }
        for (Selection<?> selection : set.getSelections()) {
            boolean selects;
            if (selection instanceof Field field) {
                selects = PAGE_FIELDS.contains(field.getName());
            } else if (selection instanceof InlineFragment inline) {
                selects = selectsPage(inline.getSelectionSet(), fragments, spreads);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                selects = fragment == null || selectsPage(fragment.getSelectionSet(), fragments, spreads + 1);
            } else {
                selects = true;
            }
            if (selects) {
                return true;
            }
        }
        return false;
    }
}
