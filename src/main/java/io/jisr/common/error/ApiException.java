package io.jisr.common.error;

import java.util.Map;

/**
 * A failure the client caused or can act on. {@link ErrorShaper} turns it into a GraphQL error with this code and
 * these extensions; nothing else of the exception reaches the client.
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }

    public abstract String code();

    /** Extra, machine-readable facts for {@code extensions}, besides the code. */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
