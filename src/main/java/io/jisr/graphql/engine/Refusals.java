package io.jisr.graphql.engine;

import io.vertx.ext.web.RoutingContext;

/**
 * Where a check of the edge sends its refusal, so that one check serves both transports: over HTTP an answer with a
 * status, headers and a coded error ({@link Rejection}); over WebSocket an {@code error} message for the operation,
 * with the same code and message ({@link SubscriptionSocket}), which has no status or headers.
 */
@FunctionalInterface
public interface Refusals {

    /**
     * Refuses the request or operation with {@code code} and {@code message}; {@code status} and {@code headers}
     * (name, value, name, value …) are HTTP's.
     */
    void refuse(int status, String code, String message, String... headers);

    /** The status of a request error (a document that does not parse), as the client's media type wants it. */
    default int requestErrorStatus() {
        return 400;
    }

    /** The refusals of an HTTP request: its answer. */
    static Refusals of(RoutingContext ctx) {
        return new Refusals() {
            @Override
            public void refuse(int status, String code, String message, String... headers) {
                for (int i = 0; i + 1 < headers.length; i += 2) {
                    ctx.response().putHeader(headers[i], headers[i + 1]);
                }
                Rejection.reject(ctx, status, code, message);
            }

            @Override
            public int requestErrorStatus() {
                return Rejection.acceptsGraphQLResponse(ctx) ? 400 : 200;
            }
        };
    }
}
