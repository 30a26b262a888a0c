package io.jisr.graphql.edge;

import io.jisr.common.error.ErrorCodes;
import io.jisr.graphql.cost.Limits;
import io.jisr.graphql.engine.Rejection;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Refuses URIs the service cannot read, on every path, with a coded JSON error: longer than
 * {@code jisr.graphql.max-uri-length} (414), or with a malformed percent-escape in the path or the query string (400).
 * Quarkus's own check answers the latter with an empty 400 before any route; {@link io.jisr.JisrMain} switches it off
 * so that this route, first in the router and bound to no path (matching a path would decode it), answers instead.
 */
@ApplicationScoped
public class UriPolicy {

    @Inject
    Limits limits;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        if (ctx.request().uri().length() > limits.maxUriLength()) {
            Rejection.reject(
                    ctx,
                    414,
                    ErrorCodes.BAD_REQUEST,
                    "The URL is longer than " + limits.maxUriLength()
                            + " characters; send long documents in a POST body.");
            return;
        }
        try {
            ctx.normalizedPath();
            ctx.request().params();
        } catch (IllegalArgumentException e) {
            Rejection.reject(ctx, 400, ErrorCodes.BAD_REQUEST, "The URL is not valid percent-encoding.");
            return;
        }
        ctx.next();
    }
}
