package io.jisr.graphql.edge;

import io.jisr.common.error.ErrorCodes;
import io.jisr.graphql.engine.Exchange;
import io.jisr.graphql.engine.Rejection;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A request that presents credentials must present valid ones: a broken, expired or untrusted token is refused with
 * 401 and UNAUTHENTICATED, whatever the operation. Without a token, reads stay public. (Roles are checked later, by
 * the operation that needs one.) The subject and roles of a verified token go to the request's {@link Exchange}.
 */
@ApplicationScoped
public class BearerPreCheck {

    @Inject
    JWTParser jwtParser;

    /** Hands the request to {@code next} unless it carries a token that does not verify. */
    void check(RoutingContext ctx, Handler<RoutingContext> next) {
        String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            next.handle(ctx);
            return;
        }
        String token = header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim()
                : "";
        // Verifying may read the key on first use, so it runs off the event loop.
        ctx.vertx().executeBlocking(() -> jwtParser.parse(token), false).onComplete(verified -> {
            if (verified.succeeded()) {
                // RFC 6750 allows more than one space after "Bearer"; the framework's own check does not.
                ctx.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
                Exchange.of(ctx)
                        .verified(
                                verified.result().getSubject(),
                                verified.result().getGroups());
                next.handle(ctx);
            } else {
                ctx.response().putHeader("WWW-Authenticate", "Bearer");
                Rejection.reject(
                        ctx,
                        401,
                        ErrorCodes.UNAUTHENTICATED,
                        "The bearer token is malformed, expired, or not issued by a trusted issuer.");
            }
        });
    }
}
