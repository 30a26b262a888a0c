package io.jisr.common;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;

/** Installs a plain graphql-java data fetcher for every {@link DirectField} method, in place of SmallRye's. */
final class DirectFields {

    private DirectFields() {
    }

    static void install(GraphQLCodeRegistry.Builder registry) {
        BeanManager beans = CDI.current().getBeanManager();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> api = bean.getBeanClass();
            if (!api.isAnnotationPresent(GraphQLApi.class)) {
                continue;
            }
            for (Method method : api.getDeclaredMethods()) {
                if (method.isAnnotationPresent(DirectField.class)) {
                    Object instance = CDI.current().select(api).get();
                    registry.dataFetcher(coordinates(method), fetcher(instance, method));
                }
            }
        }
    }

    private static FieldCoordinates coordinates(Method method) {
        Name name = method.getAnnotation(Name.class);
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(Source.class)) {
                return FieldCoordinates.coordinates(parameter.getType().getSimpleName(),
                        name == null ? method.getName() : name.value());
            }
        }
        throw new IllegalStateException(method + " is a @DirectField without a @Source parameter");
    }

    private static DataFetcher<Object> fetcher(Object instance, Method method) {
        Parameter[] parameters = method.getParameters();
        String[] arguments = new String[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Name name = parameters[i].getAnnotation(Name.class);
            arguments[i] = parameters[i].isAnnotationPresent(Source.class) ? null
                    : name != null ? name.value() : parameters[i].getName();
        }
        MethodHandle handle;
        try {
            handle = MethodHandles.publicLookup().unreflect(method).bindTo(instance)
                    .asSpreader(Object[].class, parameters.length);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(method + " must be public to be a @DirectField", e);
        }
        return env -> {
            Object[] values = new Object[parameters.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments[i] == null ? env.getSource()
                        : converted(env.getArgument(arguments[i]), parameters[i].getType());
            }
            try {
                return handle.invoke(values);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object converted(Object value, Class<?> type) {
        if (value instanceof String text && type.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type, text);
        }
        return value;
    }
}
