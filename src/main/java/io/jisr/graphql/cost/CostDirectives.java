package io.jisr.graphql.cost;

import graphql.Scalars;
import graphql.introspection.Introspection.DirectiveLocation;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.jisr.common.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost model of {@link QueryCost} written into the schema with the cost directives of the IBM / GraphQL
 * Foundation cost specification ({@code @cost}, {@code @listSize}), so gateways and tools price an operation as the
 * endpoint does. The weights are the specification's defaults (1 for a field of object type, 0 for a scalar or an
 * enum), so no field carries {@code @cost}; the directive is declared for tools that expect it. A connection's
 * {@code edges} are sized by its {@code first}/{@code last} ({@value PageRequest#DEFAULT_SIZE} when neither is given);
 * every other list of objects by its measured size ({@link ListSizes}), else the configured estimate. One difference
 * stays: the endpoint also caps a page at the rows that exist, so its figure is at most the one a gateway computes.
 */
public final class CostDirectives {

    public static final String COST = "cost";
    public static final String LIST_SIZE = "listSize";

    private static final GraphQLList STRINGS = GraphQLList.list(GraphQLNonNull.nonNull(Scalars.GraphQLString));

    private CostDirectives() {}

    /** {@code schema} with the two directives declared and applied, {@code sizes} and {@code estimate} giving lists. */
    public static GraphQLSchema annotate(GraphQLSchema schema, ListSizes sizes, int estimate) {
        GraphQLSchema declared = schema.transform(
                builder -> builder.additionalDirective(costDefinition()).additionalDirective(listSizeDefinition()));
        return SchemaTransformer.transformSchema(declared, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLFieldDefinition(
                    GraphQLFieldDefinition field, TraverserContext<GraphQLSchemaElement> context) {
                if (!(context.getParentNode() instanceof GraphQLFieldsContainer parent)
                        || parent.getName().startsWith("__")) {
                    return TraversalControl.CONTINUE;
                }
                GraphQLAppliedDirective listSize = listSize(parent, field, sizes, estimate);
                return listSize == null
                        ? TraversalControl.CONTINUE
                        : changeNode(context, field.transform(b -> b.withAppliedDirective(listSize)));
            }
        });
    }

    /**
     * The {@code @listSize} of a field: its page arguments over a connection's items, else the size of a list of
     * objects as {@link QueryCost} prices it; null for anything else (scalars and enums are free, objects weigh the
     * default 1).
     */
    private static GraphQLAppliedDirective listSize(
            GraphQLFieldsContainer parent, GraphQLFieldDefinition field, ListSizes sizes, int estimate) {
        if (GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(field.getType()))) {
            return null;
        }
        List<String> slicing = new ArrayList<>();
        for (GraphQLArgument argument : field.getArguments()) {
            if (QueryCost.PAGE_ARGUMENTS.contains(argument.getName())) {
                slicing.add(argument.getName());
            }
        }
        GraphQLAppliedDirective.Builder directive =
                GraphQLAppliedDirective.newDirective().name(LIST_SIZE);
        if (!slicing.isEmpty()) {
            return directive
                    .argument(argument("assumedSize", Scalars.GraphQLInt, PageRequest.DEFAULT_SIZE))
                    .argument(argument("slicingArguments", STRINGS, slicing))
                    .argument(argument("sizedFields", STRINGS, List.of(QueryCost.ITEMS)))
                    .argument(argument("requireOneSlicingArgument", Scalars.GraphQLBoolean, false))
                    .build();
        }
        if (GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList
                && !QueryCost.isItems(parent, field.getName())) {
            long size =
                    QueryCost.listSize(sizes == null ? null : sizes.of(parent.getName(), field.getName()), estimate);
            return directive
                    .argument(argument("assumedSize", Scalars.GraphQLInt, (int) Math.min(size, Integer.MAX_VALUE)))
                    .build();
        }
        return null;
    }

    private static GraphQLAppliedDirectiveArgument argument(String name, GraphQLInputType type, Object value) {
        return GraphQLAppliedDirectiveArgument.newArgument()
                .name(name)
                .type(type)
                .valueProgrammatic(value)
                .build();
    }

    private static GraphQLDirective costDefinition() {
        return GraphQLDirective.newDirective()
                .name(COST)
                .description("The weight of a field, argument or type in the cost of an operation (IBM / GraphQL"
                        + " Foundation cost specification). Where none is given: 1 for a field of object type, 0 for"
                        + " a scalar or an enum.")
                .validLocations(
                        DirectiveLocation.ARGUMENT_DEFINITION,
                        DirectiveLocation.ENUM,
                        DirectiveLocation.FIELD_DEFINITION,
                        DirectiveLocation.INPUT_FIELD_DEFINITION,
                        DirectiveLocation.OBJECT,
                        DirectiveLocation.SCALAR)
                .argument(GraphQLArgument.newArgument()
                        .name("weight")
                        .type(GraphQLNonNull.nonNull(Scalars.GraphQLString)))
                .build();
    }

    private static GraphQLDirective listSizeDefinition() {
        return GraphQLDirective.newDirective()
                .name(LIST_SIZE)
                .description("How many items a list field returns, for the cost of an operation (IBM / GraphQL"
                        + " Foundation cost specification): its assumed size, or the page arguments that size it.")
                .validLocation(DirectiveLocation.FIELD_DEFINITION)
                .argument(GraphQLArgument.newArgument().name("assumedSize").type(Scalars.GraphQLInt))
                .argument(GraphQLArgument.newArgument().name("slicingArguments").type(STRINGS))
                .argument(GraphQLArgument.newArgument().name("sizedFields").type(STRINGS))
                .argument(GraphQLArgument.newArgument()
                        .name("requireOneSlicingArgument")
                        .type(Scalars.GraphQLBoolean)
                        .defaultValueProgrammatic(true))
                .build();
    }
}
