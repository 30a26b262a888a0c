package io.jisr.graphql.engine;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SchemaTransformer;
import graphql.schema.TypeResolver;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Gives the custom scalars a description of their wire format, makes Int and Float as strict as the specification,
 * types {@code ids} arguments as IDs, and leaves out what no field uses, so the SDL is a self-contained, documented schema that linters and code generators accept. It hooks into SmallRye GraphQL's public
 * schema hook ({@link GraphQLEvents}), so the served SDL and introspection say the same.
 */
public final class SchemaTypes {

    private SchemaTypes() {}

    static final Map<String, String> WIRE_FORMATS = Map.of(
            "DateTime", "An instant, as an ISO-8601 string in UTC, such as `2025-03-14T09:30:00Z` (JSON string).",
            "Date", "A calendar day, as an ISO-8601 string `YYYY-MM-DD`, such as `2025-04-30` (JSON string).",
            "BigDecimal",
                    "An exact decimal number, as a JSON number such as `1250.5`; input also accepts it as a "
                            + "string such as `\"1250.5\"`.");

    /**
     * SmallRye's own Int and Float accept what the specification refuses: an Int beyond 32 bits wraps around (a filter
     * on the year 2^32 + 2025 acts as 2025) and a Float beyond the double range becomes infinite. graphql-java's
     * standard scalars refuse both as invalid values, before anything runs.
     */
    private static final Map<String, GraphQLScalarType> STRICT =
            Map.of("Int", Scalars.GraphQLInt, "Float", finite(Scalars.GraphQLFloat));

    /**
     * SmallRye mirrors Bean Validation rules as {@code @constraint} directives, which the SDL does not print and
     * introspection cannot show; their only trace would be the otherwise unused BigInteger scalar.
     */
    private static final String CONSTRAINT = "constraint";

    /**
     * An {@code ids} argument is a list of global ids. MicroProfile's {@code @Id} cannot mark list elements and SmallRye
     * does not coerce a list argument marked {@code @Id}, so the Java side takes strings and the schema says
     * {@code [ID!]!}, as Relay and Apollo clients declare their variables; ID values arrive as strings either way.
     */
    private static final String IDS = "ids";

    private static final GraphQLNonNull STRING_LIST =
            GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(Scalars.GraphQLString)));
    private static final GraphQLNonNull ID_LIST =
            GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(Scalars.GraphQLID)));

    /** Rewrites the schema SmallRye built; {@code fetchers} may then change the data fetchers of the rewritten schema. */
    static void describe(
            GraphQLSchema.Builder builder,
            java.util.function.BiConsumer<GraphQLSchema, GraphQLCodeRegistry.Builder> fetchers) {
        GraphQLSchema described = SchemaTransformer.transformSchema(builder.build(), new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(
                    GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
                GraphQLScalarType strict = STRICT.get(scalar.getName());
                if (strict != null && scalar != strict) {
                    return changeNode(context, strict);
                }
                String format = WIRE_FORMATS.get(scalar.getName());
                return format == null || format.equals(scalar.getDescription())
                        ? TraversalControl.CONTINUE
                        : changeNode(context, scalar.transform(b -> b.description(format)));
            }

            @Override
            public TraversalControl visitGraphQLArgument(
                    GraphQLArgument argument, TraverserContext<GraphQLSchemaElement> context) {
                return IDS.equals(argument.getName()) && STRING_LIST.isEqualTo(argument.getType())
                        ? changeNode(context, argument.transform(b -> b.type(ID_LIST)))
                        : TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitGraphQLDirective(
                    GraphQLDirective directive, TraverserContext<GraphQLSchemaElement> context) {
                return CONSTRAINT.equals(directive.getName()) ? deleteNode(context) : TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitGraphQLAppliedDirective(
                    GraphQLAppliedDirective directive, TraverserContext<GraphQLSchemaElement> context) {
                return CONSTRAINT.equals(directive.getName()) ? deleteNode(context) : TraversalControl.CONTINUE;
            }
        });
        // Scalars that fields use are reached from the root types; the ones SmallRye adds besides are unused.
        Set<graphql.schema.GraphQLType> additional = described.getAdditionalTypes().stream()
                .filter(type -> !(type instanceof GraphQLScalarType))
                .collect(Collectors.toSet());
        builder.query(described.getQueryType())
                .mutation(described.getMutationType())
                .subscription(described.getSubscriptionType())
                .clearAdditionalTypes()
                .additionalTypes(additional)
                .clearDirectives()
                .additionalDirectives(new HashSet<>(described.getDirectives()))
                .clearSchemaDirectives()
                .withSchemaAppliedDirectives(described.getSchemaAppliedDirectives())
                .codeRegistry(sameTypesResolved(described).transform(registry -> fetchers.accept(described, registry)));
    }

    /** The standard Float, refusing input that is infinite as a double (such as {@code 1e309}) as the spec asks. */
    @SuppressWarnings("unchecked")
    /**
     * Offers the data fetcher of every field of the schema's object types (introspection types aside) to
     * {@code replacement}, which returns the fetcher to install instead, or null to keep it.
     */
    static void replaceFetchers(
            GraphQLSchema schema,
            GraphQLCodeRegistry.Builder registry,
            BiFunction<GraphQLFieldDefinition, DataFetcher<?>, DataFetcher<?>> replacement) {
        for (GraphQLType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                    DataFetcher<?> replaced = replacement.apply(field, registry.getDataFetcher(coordinates, field));
                    if (replaced != null) {
                        registry.dataFetcher(coordinates, replaced);
                    }
                }
            }
        }
    }

    private static GraphQLScalarType finite(GraphQLScalarType standard) {
        Coercing<Object, Object> coercing = (Coercing<Object, Object>) standard.getCoercing();
        return standard.transform(b -> b.coercing(new Coercing<Object, Object>() {
            @Override
            public Object serialize(Object value, GraphQLContext context, Locale locale) {
                return coercing.serialize(value, context, locale);
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                Object value = coercing.parseValue(input, context, locale);
                if (value instanceof Double d && !Double.isFinite(d)) {
                    throw new CoercingParseValueException("Expected a Float within the range of a double.");
                }
                return value;
            }

            @Override
            public Object parseLiteral(
                    Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                Object value = coercing.parseLiteral(input, variables, context, locale);
                if (value instanceof Double d && !Double.isFinite(d)) {
                    throw new CoercingParseLiteralException("Expected a Float within the range of a double.");
                }
                return value;
            }

            @Override
            public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                return coercing.valueToLiteral(input, context, locale);
            }
        }));
    }

    /**
     * Types that hold a described scalar were copied by the transformation, but SmallRye's type resolvers return the
     * copies they knew; resolving by name to the final schema's type keeps fragments such as {@code ... on Sector}
     * working.
     */
    private static GraphQLCodeRegistry sameTypesResolved(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        return registry.transform(builder -> schema.getAllTypesAsList().forEach(type -> {
            TypeResolver resolver = type instanceof GraphQLInterfaceType i
                    ? registry.getTypeResolver(i)
                    : type instanceof GraphQLUnionType u ? registry.getTypeResolver(u) : null;
            if (resolver != null) {
                builder.typeResolver(
                        type.getName(),
                        env -> env.getSchema()
                                .getObjectType(resolver.getType(env).getName()));
            }
        }));
    }
}
