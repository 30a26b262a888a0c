package io.jisr.common.error;

import io.smallrye.graphql.api.ErrorCode;
import java.util.Map;

/** The request clashes with the current state: a taken slug, a stale version, or a record still referenced. */
@ErrorCode(ErrorCodes.CONFLICT)
public class ConflictException extends ApiException {

    private final Map<String, Object> extensions;

    public ConflictException(String message, Map<String, Object> extensions) {
        super(message);
        this.extensions = Map.copyOf(extensions);
    }

    @Override
    public String code() {
        return ErrorCodes.CONFLICT;
    }

    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }
}
