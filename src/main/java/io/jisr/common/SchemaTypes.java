package io.jisr.common;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.Scalars;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLUnionType;
import graphql.schema.TypeResolver;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Gives the custom scalars a description of their wire format, types {@code ids} arguments as IDs, and leaves out
 * what no field uses, so the SDL is a self-contained, documented schema that linters and code generators accept. It hooks into SmallRye GraphQL's public
 * schema event ({@code @Observes GraphQLSchema.Builder}), so the served SDL and introspection say the same.
 */
@ApplicationScoped
public class SchemaTypes {

    static final Map<String, String> WIRE_FORMATS = Map.of(
            "DateTime", "An instant, as an ISO-8601 string in UTC, such as `2025-03-14T09:30:00Z` (JSON string).",
            "Date", "A calendar day, as an ISO-8601 string `YYYY-MM-DD`, such as `2025-04-30` (JSON string).",
            "BigDecimal", "An exact decimal number, as a JSON number such as `1250.5`; input also accepts it as a "
                    + "string such as `\"1250.5\"`.");

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
    private static final GraphQLNonNull STRING_LIST = GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(Scalars.GraphQLString)));
    private static final GraphQLNonNull ID_LIST = GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(Scalars.GraphQLID)));

    void describe(@Observes GraphQLSchema.Builder builder) {
        GraphQLSchema described = SchemaTransformer.transformSchema(builder.build(), new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                    TraverserContext<GraphQLSchemaElement> context) {
                String format = WIRE_FORMATS.get(scalar.getName());
                return format == null || format.equals(scalar.getDescription()) ? TraversalControl.CONTINUE
                        : changeNode(context, scalar.transform(b -> b.description(format)));
            }

            @Override
            public TraversalControl visitGraphQLArgument(GraphQLArgument argument,
                    TraverserContext<GraphQLSchemaElement> context) {
                return IDS.equals(argument.getName()) && STRING_LIST.isEqualTo(argument.getType())
                        ? changeNode(context, argument.transform(b -> b.type(ID_LIST)))
                        : TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitGraphQLDirective(GraphQLDirective directive,
                    TraverserContext<GraphQLSchemaElement> context) {
                return CONSTRAINT.equals(directive.getName()) ? deleteNode(context) : TraversalControl.CONTINUE;
            }

            @Override
            public TraversalControl visitGraphQLAppliedDirective(GraphQLAppliedDirective directive,
                    TraverserContext<GraphQLSchemaElement> context) {
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
                .codeRegistry(sameTypesResolved(described));
    }

    /**
     * Types that hold a described scalar were copied by the transformation, but SmallRye's type resolvers return the
     * copies they knew; resolving by name to the final schema's type keeps fragments such as {@code ... on Sector}
     * working.
     */
    private static GraphQLCodeRegistry sameTypesResolved(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        return registry.transform(builder -> schema.getAllTypesAsList().forEach(type -> {
            TypeResolver resolver = type instanceof GraphQLInterfaceType i ? registry.getTypeResolver(i)
                    : type instanceof GraphQLUnionType u ? registry.getTypeResolver(u) : null;
            if (resolver != null) {
                builder.typeResolver(type.getName(),
                        env -> env.getSchema().getObjectType(resolver.getType(env).getName()));
            }
        }));
    }
}
