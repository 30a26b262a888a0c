package io.jisr.research.service;

import io.jisr.common.error.ValidationException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reading typed values out of a research file's JSON, each problem reported where it is. */
final class ResearchValues {

    private ResearchValues() {}

    /** The fields of {@code input} that hold a value: what a mutation creating the record would send. */
    static Set<String> sent(Object input) {
        Set<String> sent = new java.util.LinkedHashSet<>();
        for (java.lang.reflect.Field field : input.getClass().getFields()) {
            try {
                if (field.get(input) != null) {
                    sent.add(field.getName());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return sent;
    }

    static <E extends Enum<E>> E value(
            Class<E> type, String name, String where, String field, List<ValidationException.FieldError> problems) {
        try {
            return Enum.valueOf(type, name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            problems.add(new ValidationException.FieldError(
                    where, field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    static BigDecimal decimal(
            JsonObject object, String key, String where, List<ValidationException.FieldError> problems) {
        Object value = object.getValue(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number)) {
            problems.add(new ValidationException.FieldError(where, "catalogue." + key + " must be a number"));
            return null;
        }
        return new BigDecimal(number.toString());
    }

    static List<String> strings(
            JsonObject object, String key, String where, List<ValidationException.FieldError> problems) {
        Object value = object.getValue(key);
        List<String> strings = new ArrayList<>();
        if (value == null) {
            return strings;
        }
        if (value instanceof JsonArray array) {
            for (Object item : array) {
                if (item instanceof String text && !text.isBlank()) {
                    strings.add(text);
                } else {
                    problems.add(new ValidationException.FieldError(where, key + " must be a list of texts"));
                    return strings;
                }
            }
            return strings;
        }
        problems.add(new ValidationException.FieldError(where, key + " must be a list of texts"));
        return strings;
    }

    static String upper(String text) {
        return text == null ? null : text.toUpperCase(java.util.Locale.ROOT);
    }

    static String lines(String first, String second) {
        return first == null ? second : second == null ? first : first + "\n" + second;
    }
}
