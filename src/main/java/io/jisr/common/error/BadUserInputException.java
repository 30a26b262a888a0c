package io.jisr.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** An argument the client can fix: a malformed id or cursor, a page size over the cap, a bad filter value. */
@ErrorCode(ErrorCodes.BAD_USER_INPUT)
public class BadUserInputException extends ApiException {

    public BadUserInputException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return ErrorCodes.BAD_USER_INPUT;
    }
}
