package io.jisr.common.editing;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;

/**
 * Partial-update semantics: a field absent from the input stays as it is; a field sent as null is cleared.
 * Java input objects cannot tell those apart, so the keys the client actually sent are read from the request.
 */
public record Patch(Object input, Set<String> provided) {

    /** The input of argument {@code argument} together with the names of the fields the client actually sent. */
    public static Patch of(Context context, String argument, Object input) {
        Object raw = context.unwrap(DataFetchingEnvironment.class).getArgument(argument);
        Set<String> keys = raw instanceof Map<?, ?> map
                ? Set.copyOf(map.keySet().stream().map(String::valueOf).toList())
                : Set.of();
        return new Patch(input, keys);
    }

    public boolean has(String field) {
        return provided.contains(field);
    }

    /** The value sent for {@code field}, for the fields a service applies itself. */
    public Object value(String field) {
        try {
            return input.getClass().getField(field).get(input);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(input.getClass().getSimpleName() + " has no field " + field, e);
        }
    }

    /**
     * Copies every sent field that the target has under the same name. It goes through the target's setter, which
     * Panache generates for entity fields, so Hibernate's dirty tracking sees the change.
     */
    public void applyTo(Object target) {
        for (String name : provided) {
            Field from;
            try {
                from = input.getClass().getField(name);
            } catch (NoSuchFieldException e) {
                continue;
            }
            Method setter = setter(target.getClass(), name, from.getType());
            if (setter == null) {
                // Fields without a namesake (references, composite values) are applied by the service.
                continue;
            }
            try {
                setter.invoke(target, from.get(input));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Method setter(Class<?> type, String field, Class<?> valueType) {
        String name = "set" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name)
                    && method.getParameterCount() == 1
                    && method.getParameterTypes()[0].isAssignableFrom(valueType)) {
                return method;
            }
        }
        return null;
    }
}
