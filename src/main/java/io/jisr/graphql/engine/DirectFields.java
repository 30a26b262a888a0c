package io.jisr.graphql.engine;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.jisr.graphql.DirectField;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.inject.spi.CDI;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/**
 * Installs a plain graphql-java data fetcher for every {@link DirectField} method, in place of SmallRye's: a direct
 * call for one source item, a graphql-java {@link DataLoader} for a {@code @Source List} (batch) method.
 */
final class DirectFields {

    private DirectFields() {}

    /** Annotations SmallRye honours on a resolver and a direct fetcher would skip: refused rather than ignored. */
    private static final List<String> REFUSED = List.of(
            "jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.PermitAll",
            "jakarta.annotation.security.DenyAll",
            "io.quarkus.security.Authenticated",
            "jakarta.validation.Valid");

    static void install(GraphQLSchema schema, GraphQLCodeRegistry.Builder registry) {
        for (DirectFieldMethods.Declared field :
                DirectFieldMethods.of(CDI.current().getBeanManager())) {
            check(schema, field.method(), field.coordinates());
            MethodHandle handle = bound(CDI.current().select(field.api()).get(), field.method());
            registry.dataFetcher(
                    field.coordinates(),
                    field.batch()
                            ? batchFetcher(handle, field.coordinates(), field.method())
                            : fetcher(handle, field.method()));
        }
    }

    /**
     * Fails the start when a direct fetcher would silently do nothing (no such field: a type renamed with
     * {@code @Type}, a field renamed) or silently drop what SmallRye enforces (roles, validation).
     */
    static void check(GraphQLSchema schema, Method method, FieldCoordinates coordinates) {
        GraphQLObjectType type = schema.getObjectType(coordinates.getTypeName());
        if (type == null || type.getFieldDefinition(coordinates.getFieldName()) == null) {
            throw new IllegalStateException(
                    "@DirectField " + method + " names " + coordinates + ", which is not a field of the schema");
        }
        List<java.lang.annotation.Annotation> annotations = new java.util.ArrayList<>(List.of(method.getAnnotations()));
        for (Parameter parameter : method.getParameters()) {
            annotations.addAll(List.of(parameter.getAnnotations()));
        }
        for (java.lang.annotation.Annotation annotation : annotations) {
            String name = annotation.annotationType().getName();
            if (REFUSED.contains(name) || name.startsWith("jakarta.validation.constraints.")) {
                throw new IllegalStateException("@DirectField " + method + " carries @" + name
                        + ", which a direct fetcher does not enforce: remove @DirectField or the annotation");
            }
        }
    }

    /** The GraphQL argument name of each parameter, null for the {@code @Source} one. */
    private static String[] argumentNames(Method method) {
        Parameter[] parameters = method.getParameters();
        String[] arguments = new String[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Name name = parameters[i].getAnnotation(Name.class);
            arguments[i] = parameters[i].isAnnotationPresent(Source.class)
                    ? null
                    : name != null ? name.value() : parameters[i].getName();
        }
        return arguments;
    }

    /**
     * One data loader per request and field, created on first use: its batch runs the method once per level for all
     * parents, on a worker thread (the method reads the database), in order with the request's other blocking work
     * (they share its Hibernate session). Over HTTP the operation dispatches its loaders itself ({@link LoaderDispatch}).
     * A batch method with arguments gets a loader per set of argument values: aliases that ask the same parents for
     * different pages are different batches. (SmallRye's own batches ran all of them with the first one's arguments,
     * and its loader's cache answered the second alias with the first one's page.)
     */
    private static DataFetcher<Object> batchFetcher(MethodHandle handle, FieldCoordinates coordinates, Method method) {
        String key = "jisr:" + coordinates;
        String[] arguments = argumentNames(method);
        if (arguments.length == 1) {
            Batch batch = new Batch(handle);
            return env -> LoaderDispatch.registry(env)
                    .computeIfAbsent(key, k -> DataLoaderFactory.newDataLoader(batch))
                    .load(env.getSource());
        }
        Parameter[] parameters = method.getParameters();
        return env -> {
            Object[] call = values(env, arguments, parameters);
            Object[] values = Arrays.copyOfRange(call, 1, call.length);
            return LoaderDispatch.registry(env)
                    .computeIfAbsent(
                            key + Arrays.asList(values),
                            k -> DataLoaderFactory.newDataLoader(
                                    new Batch(MethodHandles.insertArguments(handle, 1, values))))
                    .load(env.getSource());
        };
    }

    /**
     * The batch of a field's data loaders (one per request). Vert.x runs the blocking call on a worker and its
     * completion back on the event loop, both in the request's duplicated context, where Quarkus keeps the request's
     * CDI context: services and request-scoped beans (the Hibernate session, the language of the request) are the
     * request's own on both.
     */
    private static final class Batch implements org.dataloader.BatchLoader<Object, Object> {

        private final MethodHandle method;

        Batch(MethodHandle method) {
            this.method = method;
        }

        @Override
        @SuppressWarnings("unchecked")
        public CompletionStage<List<Object>> load(List<Object> parents) {
            Callable<List<Object>> call = () -> {
                try {
                    return (List<Object>) method.invoke(parents);
                } catch (Exception | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            };
            Context vertx = Vertx.currentContext();
            if (vertx == null || !Context.isOnEventLoopThread()) {
                // Already off the event loop (a worker, a subscription's thread): blocking here is fine.
                try {
                    return CompletableFuture.completedFuture(call.call());
                } catch (Exception e) {
                    return CompletableFuture.failedFuture(e);
                }
            }
            return vertx.executeBlocking(call).toCompletionStage();
        }
    }

    private static DataFetcher<Object> fetcher(MethodHandle bound, Method method) {
        Parameter[] parameters = method.getParameters();
        String[] arguments = argumentNames(method);
        MethodHandle handle = bound.asSpreader(Object[].class, parameters.length);
        return env -> {
            try {
                return handle.invoke(values(env, arguments, parameters));
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        };
    }

    /** The values of a call: the source where {@code arguments} has null, else the argument of that name. */
    private static Object[] values(DataFetchingEnvironment env, String[] arguments, Parameter[] parameters) {
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = arguments[i] == null
                    ? env.getSource()
                    : converted(env.getArgument(arguments[i]), parameters[i].getType());
        }
        return values;
    }

    private static MethodHandle bound(Object instance, Method method) {
        try {
            return MethodHandles.publicLookup().unreflect(method).bindTo(instance);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(method + " must be public to be a @DirectField", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object converted(Object value, Class<?> type) {
        if (value instanceof String text && type.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type, text);
        }
        return value;
    }
}
