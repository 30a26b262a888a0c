package io.jisr.graphql.engine;

import graphql.Scalars;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.graphql.Name;

/**
 * Reads plain properties (a getter or public field of the source object) with a method handle, in place of SmallRye's
 * property fetcher. SmallRye's fetcher rebuilds its per-field context for every value it reads, including the
 * selection set below the field as JSON, twice; a page of 20 initiatives reads some 300 properties, and that work
 * cost most of a distinct read's CPU time spent outside the database (see the bypass table in io.jisr.graphql). Nothing of ours reads that per-field context.
 * Only fields whose values graphql-java serialises as they are (objects, enums and the standard scalars) are taken
 * over; SmallRye keeps the ones whose values it formats or adapts (dates, decimals).
 */
final class PropertyFields {

    private static final Set<String> STANDARD_SCALARS = Set.of(
            Scalars.GraphQLString.getName(),
            Scalars.GraphQLInt.getName(),
            Scalars.GraphQLFloat.getName(),
            Scalars.GraphQLBoolean.getName(),
            Scalars.GraphQLID.getName());

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    private PropertyFields() {}

    static void install(GraphQLSchema schema, GraphQLCodeRegistry.Builder registry) {
        SchemaTypes.replaceFetchers(
                schema,
                registry,
                (field, original) -> original instanceof TrivialDataFetcher
                                && field.getArguments().isEmpty()
                                && servedAsIs(field.getType())
                        ? new Property(field.getName(), original)
                        : null);
    }

    static boolean servedAsIs(GraphQLType type) {
        GraphQLType inner = GraphQLTypeUtil.unwrapAll(type);
        return inner instanceof GraphQLScalarType scalar
                ? STANDARD_SCALARS.contains(scalar.getName())
                : inner instanceof GraphQLEnumType || !GraphQLTypeUtil.isLeaf(inner);
    }

    /**
     * The accessor for a GraphQL field name on a Java class, found as SmallRye finds it: the member named by
     * {@code @Name}, else the getter or public field of that name. A getter is preferred to its field, so lazy
     * Hibernate proxies load. Null when there is none (the original fetcher then answers).
     */
    static MethodHandle accessor(Class<?> type, String name) {
        try {
            String property = name;
            Field field = null;
            for (Field candidate : type.getFields()) {
                Name rename = candidate.getAnnotation(Name.class);
                if (rename != null
                        ? rename.value().equals(name)
                        : candidate.getName().equals(name)) {
                    field = candidate;
                    property = candidate.getName();
                    break;
                }
            }
            Method getter = null;
            for (Method candidate : type.getMethods()) {
                Name rename = candidate.getAnnotation(Name.class);
                if (candidate.getParameterCount() == 0
                        && !Modifier.isStatic(candidate.getModifiers())
                        && rename != null
                        && rename.value().equals(name)) {
                    getter = candidate;
                }
            }
            String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
            for (String method : new String[] {"get" + capitalised, "is" + capitalised, property}) {
                if (getter == null) {
                    getter = publicMethod(type, method);
                }
            }
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle handle = getter != null
                    ? lookup.unreflect(getter)
                    : field != null && !Modifier.isStatic(field.getModifiers()) ? lookup.unreflectGetter(field) : null;
            return handle == null ? null : handle.asType(GETTER);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static Method publicMethod(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            return Modifier.isStatic(method.getModifiers()) || method.getReturnType() == void.class ? null : method;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /**
     * Remembers the accessor for the last source class it met: a field's source is nearly always one class. A
     * {@link LightDataFetcher}: graphql-java then builds no {@link DataFetchingEnvironment} for it (one per field and
     * item otherwise) unless the original fetcher has to run.
     */
    private static final class Property implements LightDataFetcher<Object> {

        private record Resolved(Class<?> type, MethodHandle accessor) {}

        private final String name;
        private final DataFetcher<?> original;
        private volatile Resolved last;

        Property(String name, DataFetcher<?> original) {
            this.name = name;
            this.original = original;
        }

        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            return get(env.getFieldDefinition(), env.getSource(), () -> env);
        }

        @Override
        public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env)
                throws Exception {
            if (source == null) {
                return null;
            }
            Resolved resolved = last;
            if (resolved == null || resolved.type() != source.getClass()) {
                resolved = last = new Resolved(source.getClass(), accessor(source.getClass(), name));
            }
            if (resolved.accessor() == null) {
                return original.get(env.get());
            }
            try {
                return resolved.accessor().invokeExact(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }
}
