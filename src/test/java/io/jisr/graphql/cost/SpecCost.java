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
import graphql.language.Value;
import graphql.parser.Parser;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The field cost of the IBM / GraphQL Foundation cost specification, as a gateway computes it from an SDL alone: a
 * field's weight is its {@code @cost}, else 1 for an object and 0 for a scalar or enum; a list field multiplies its
 * weight and selections by its {@code @listSize}: the value of a slicing argument of the field that names it in
 * {@code sizedFields}, else its {@code assumedSize}. Written from the specification, not from {@link QueryCost}.
 */
final class SpecCost {

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();

    SpecCost(String sdl) {
        // The directive definitions are in the SDL; its scalars are declared there too.
        schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }

    long of(String query) {
        Document document = Parser.parse(query);
        fragments.clear();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        OperationDefinition operation =
                document.getDefinitionsOfType(OperationDefinition.class).get(0);
        return selections(operation.getSelectionSet(), schema.getQueryType(), Map.of());
    }

    /** {@code sized}: list fields of this selection sized by the parent's slicing argument. */
    private long selections(SelectionSet set, GraphQLFieldsContainer parent, Map<String, Long> sized) {
        long total = 0;
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                total += field(field, parent, sized);
            } else if (selection instanceof InlineFragment inline) {
                total += selections(inline.getSelectionSet(), typed(inline.getTypeCondition(), parent), sized);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                total += selections(fragment.getSelectionSet(), typed(fragment.getTypeCondition(), parent), sized);
            }
        }
        return total;
    }

    private GraphQLFieldsContainer typed(graphql.language.TypeName condition, GraphQLFieldsContainer parent) {
        return condition == null ? parent : (GraphQLFieldsContainer) schema.getType(condition.getName());
    }

    private long field(Field field, GraphQLFieldsContainer parent, Map<String, Long> sized) {
        if (field.getName().startsWith("__")) {
            return 0;
        }
        GraphQLFieldDefinition definition = parent.getFieldDefinition(field.getName());
        GraphQLType inner = GraphQLTypeUtil.unwrapAll(definition.getType());
        GraphQLAppliedDirective cost = definition.getAppliedDirective("cost");
        long weight = cost != null
                ? Long.parseLong(cost.getArgument("weight").getValue())
                : GraphQLTypeUtil.isLeaf(inner) ? 0 : 1;
        GraphQLAppliedDirective listSize = definition.getAppliedDirective("listSize");
        Map<String, Long> childSized = Map.of();
        long size = 1;
        if (listSize != null) {
            Long assumed = listSize.getArgument("assumedSize").getValue() == null
                    ? null
                    : ((Number) listSize.getArgument("assumedSize").getValue()).longValue();
            List<String> slicing = listSize.getArgument("slicingArguments").getValue();
            List<String> sizedFields = listSize.getArgument("sizedFields").getValue();
            Long sliced = null;
            for (String name : slicing == null ? List.<String>of() : slicing) {
                Long value = intArgument(field, name);
                sliced = value != null ? value : sliced;
            }
            long slice = sliced != null ? sliced : assumed;
            if (sizedFields != null && !sizedFields.isEmpty()) {
                childSized = new HashMap<>();
                for (String name : sizedFields) {
                    childSized.put(name, slice);
                }
            } else if (GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList) {
                size = slice;
            }
        }
        if (sized.containsKey(field.getName())) {
            size = sized.get(field.getName());
        }
        long children = field.getSelectionSet() == null
                ? 0
                : selections(field.getSelectionSet(), (GraphQLFieldsContainer) inner, childSized);
        return size * (weight + children);
    }

    private static Long intArgument(Field field, String name) {
        for (Argument argument : field.getArguments()) {
            Value<?> value = argument.getValue();
            if (argument.getName().equals(name) && value instanceof IntValue number) {
                return number.getValue().longValue();
            }
        }
        return null;
    }
}
