package io.jisr.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** A mutation named a record that does not exist (reads return null instead). */
@ErrorCode(ErrorCodes.NOT_FOUND)
public class NotFoundException extends ApiException {

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return ErrorCodes.NOT_FOUND;
    }
}
