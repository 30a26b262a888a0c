package io.jisr.graphql.cost;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.jisr.common.paging.PageRequest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Static cost of an operation, before it runs: the most objects its answer can hold, as the IBM / GraphQL Foundation
 * cost specification prices with its default weights (Apollo's router does the same). A field of object type costs
 * 1 plus what is selected in it, times how many objects it can return; a field of scalar or enum type costs nothing.
 * A connection's items (edges) are as many as its `first`/`last` (20 when absent) but no more than the rows that exist
 * (its count, facets and figures are there once per connection); a relation list has the largest size the data gives
 * it (see ListSizes); other lists an estimate. So `initiatives(first: 100) { … sectors { initiatives { … } } }` costs
 * a product, as it would at run time. {@link CostDirectives} writes the same model into the SDL. Introspection fields
 * are counted flat, so GraphiQL keeps working. It also counts aliases and repeated fields.
 */
final class QueryCost {

    record Result(long cost, int aliases, int maxRepeats, int depth) {}

    /** The arguments that size a connection's page, as {@link #field} reads them. */
    static final Set<String> PAGE_ARGUMENTS = Set.of("first", "last");

    /** A connection's items, the one field of it its page multiplies. */
    static final String ITEMS = "edges";

    /**
     * The items a list of objects is priced at: its measured size, at least 1 (so nesting under a relation that
     * happens to be empty today is still priced), else the estimate.
     */
    static long listSize(Long measured, int estimate) {
        return measured != null ? Math.max(measured, 1) : estimate;
    }

    static boolean isItems(GraphQLFieldsContainer parent, String field) {
        return ITEMS.equals(field) && parent.getName().endsWith("Connection");
    }

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Object> variables;
    private final int listEstimate;
    private final ListSizes sizes;
    /** The page sizes of the connections being priced, innermost first. */
    private final java.util.Deque<Long> pages = new java.util.ArrayDeque<>();

    private final Set<String> expanding = new HashSet<>();
    private int aliases;
    private int maxRepeats;
    private int maxDepth;

    private QueryCost(
            GraphQLSchema schema, Document document, Map<String, Object> variables, int listEstimate, ListSizes sizes) {
        this.schema = schema;
        this.sizes = sizes;
        this.variables = variables == null ? Map.of() : variables;
        this.listEstimate = listEstimate;
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
    }

    static Result of(
            GraphQLSchema schema,
            Document document,
            OperationDefinition operation,
            Map<String, Object> variables,
            int listEstimate,
            ListSizes sizes) {
        QueryCost cost = new QueryCost(schema, document, variables, listEstimate, sizes);
        GraphQLFieldsContainer root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        long total = cost.selections(operation.getSelectionSet(), root, 0, 0);
        return new Result(total, cost.aliases, cost.maxRepeats, cost.maxDepth);
    }

    /** {@code depth} counts nesting for the recursion guard; {@code fields} counts field levels, as the depth limit does. */
    private long selections(SelectionSet set, GraphQLFieldsContainer parent, int depth, int fields) {
        if (set == null || depth > 64) {
            return 0;
        }
        long total = 0;
        Map<String, Integer> repeats = new HashMap<>();
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                int seen = repeats.merge(field.getName(), 1, Integer::sum);
                maxRepeats = Math.max(maxRepeats, seen);
                aliases += field.getAlias() == null ? 0 : 1;
                maxDepth = Math.max(maxDepth, fields + 1);
                total = saturatedAdd(total, field(field, parent, depth, fields + 1));
            } else if (selection instanceof InlineFragment inline) {
                total = saturatedAdd(
                        total,
                        selections(
                                inline.getSelectionSet(),
                                typeOf(
                                        inline.getTypeCondition() == null
                                                ? null
                                                : inline.getTypeCondition().getName(),
                                        parent),
                                depth + 1,
                                fields));
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                // A fragment that spreads itself is left to validation, which reports the cycle.
                if (fragment != null && expanding.add(spread.getName())) {
                    total = saturatedAdd(
                            total,
                            selections(
                                    fragment.getSelectionSet(),
                                    typeOf(fragment.getTypeCondition().getName(), parent),
                                    depth + 1,
                                    fields));
                    expanding.remove(spread.getName());
                }
            }
        }
        return total;
    }

    private long field(Field field, GraphQLFieldsContainer parent, int depth, int fields) {
        if (field.getName().equals("__typename")) {
            return 0;
        }
        if (field.getName().startsWith("__")) {
            return 1 + flat(field.getSelectionSet(), depth, fields);
        }
        GraphQLFieldDefinition definition = parent == null ? null : parent.getFieldDefinition(field.getName());
        if (definition == null) {
            return 1;
        }
        if (GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(definition.getType()))) {
            return 0;
        }
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
        long multiplier = 1;
        Long measured = sizes == null ? null : sizes.of(parent.getName(), field.getName());
        Long page = null;
        if (definition.getArgument("first") != null || definition.getArgument("last") != null) {
            Long first = intArgument(field, "first");
            Long last = intArgument(field, "last");
            page = first != null ? first : last != null ? last : PageRequest.DEFAULT_SIZE;
            // A page cannot hold more than the rows that exist.
            page = measured == null ? page : Math.min(page, Math.max(measured, 1));
        } else if (type instanceof GraphQLList && isItems(parent, field.getName())) {
            // The connection's items (edges): as many as its page holds. What else a connection has (its count,
            // facets, figures, even those that are lists) is there once per connection.
            multiplier = pages.isEmpty() ? listEstimate : pages.peek();
        } else if (type instanceof GraphQLList) {
            multiplier = listSize(measured, listEstimate);
        }
        GraphQLType inner = GraphQLTypeUtil.unwrapAll(definition.getType());
        if (page != null) {
            pages.push(Math.max(page, 0));
        }
        long children;
        try {
            children = selections(
                    field.getSelectionSet(),
                    inner instanceof GraphQLFieldsContainer container ? container : null,
                    depth + 1,
                    fields);
        } finally {
            if (page != null) {
                pages.pop();
            }
        }
        // Each object the field can return weighs 1, with what is selected in it.
        return saturatedMultiply(Math.max(multiplier, 0), saturatedAdd(1, children));
    }

    private long flat(SelectionSet set, int depth, int fields) {
        if (set == null || depth > 64) {
            return 0;
        }
        long total = 0;
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                maxDepth = Math.max(maxDepth, fields + 1);
                total = saturatedAdd(total, 1 + flat(field.getSelectionSet(), depth + 1, fields + 1));
            } else if (selection instanceof InlineFragment inline) {
                total = saturatedAdd(total, flat(inline.getSelectionSet(), depth + 1, fields));
            } else if (selection instanceof FragmentSpread spread && expanding.add(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                total = saturatedAdd(total, fragment == null ? 0 : flat(fragment.getSelectionSet(), depth + 1, fields));
                expanding.remove(spread.getName());
            }
        }
        return total;
    }

    private GraphQLFieldsContainer typeOf(String name, GraphQLFieldsContainer fallback) {
        GraphQLType type = name == null ? null : schema.getType(name);
        return type instanceof GraphQLFieldsContainer container ? container : fallback;
    }

    private Long intArgument(Field field, String name) {
        List<Argument> arguments = field.getArguments();
        for (Argument argument : arguments) {
            if (argument.getName().equals(name)) {
                if (argument.getValue() instanceof IntValue value) {
                    return value.getValue().longValue();
                }
                if (argument.getValue() instanceof VariableReference ref
                        && variables.get(ref.getName()) instanceof Number n) {
                    return n.longValue();
                }
            }
        }
        return null;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
