package io.jisr.common.error;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Input that breaks a business rule; lists every offending field so an editor can fix them all at once. */
@ErrorCode(ErrorCodes.VALIDATION)
public class ValidationException extends ApiException {

    public record FieldError(String field, String message) {}

    private final List<FieldError> fields;

    public ValidationException(List<FieldError> fields) {
        super("Invalid input: "
                + fields.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; ")) + ".");
        this.fields = List.copyOf(fields);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> fields() {
        return fields;
    }

    @Override
    public String code() {
        return ErrorCodes.VALIDATION;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of(
                "fields",
                fields.stream()
                        .map(f -> Map.of("field", f.field(), "message", f.message()))
                        .toList());
    }
}
