package io.jisr.graphql.engine;

import graphql.schema.FieldCoordinates;
import io.jisr.graphql.DirectField;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

/** The {@link DirectField} methods of the application's {@code @GraphQLApi} beans, with the field each one serves. */
public final class DirectFieldMethods {

    /** {@code table.column}, plain SQL names: a fan-out is measured with SQL built from it. */
    private static final Pattern FAN_OUT = Pattern.compile("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*");

    /** One method and the schema field it serves. */
    record Declared(Class<?> api, Method method, boolean batch, FieldCoordinates coordinates) {}

    private DirectFieldMethods() {}

    static List<Declared> of(BeanManager beans) {
        List<Declared> declared = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> api = bean.getBeanClass();
            if (!api.isAnnotationPresent(GraphQLApi.class)) {
                continue;
            }
            for (Method method : api.getDeclaredMethods()) {
                if (method.isAnnotationPresent(DirectField.class)) {
                    boolean batch = isBatch(method);
                    declared.add(new Declared(api, method, batch, coordinates(method, batch)));
                }
            }
        }
        return declared;
    }

    /**
     * The fan-outs declared for list fields: {@code Type.field} to {@code table.column}. Fails on a malformed one,
     * which would otherwise be measured as nothing.
     */
    public static Map<String, String> fanOuts(BeanManager beans) {
        Map<String, String> fanOuts = new LinkedHashMap<>();
        for (Declared field : of(beans)) {
            String fanOut = field.method().getAnnotation(DirectField.class).fanOut();
            if (fanOut.isEmpty()) {
                continue;
            }
            if (!FAN_OUT.matcher(fanOut).matches()) {
                throw new IllegalStateException("@DirectField " + field.method() + " declares the fan-out '" + fanOut
                        + "', which is not table.column");
            }
            FieldCoordinates at = field.coordinates();
            fanOuts.put(at.getTypeName() + "." + at.getFieldName(), fanOut);
        }
        return fanOuts;
    }

    static FieldCoordinates coordinates(Method method, boolean batch) {
        Name name = method.getAnnotation(Name.class);
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(Source.class)) {
                Class<?> source = batch
                        ? (Class<?>) ((ParameterizedType) parameter.getParameterizedType()).getActualTypeArguments()[0]
                        : parameter.getType();
                Type type = source.getAnnotation(Type.class);
                return FieldCoordinates.coordinates(
                        type != null && !type.value().isEmpty() ? type.value() : source.getSimpleName(),
                        name == null ? method.getName() : name.value());
            }
        }
        throw new IllegalStateException(method + " is a @DirectField without a @Source parameter");
    }

    static boolean isBatch(Method method) {
        Parameter[] parameters = method.getParameters();
        return parameters.length > 0
                && parameters[0].isAnnotationPresent(Source.class)
                && List.class.equals(parameters[0].getType());
    }
}
