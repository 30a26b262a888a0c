package io.jisr.graphql.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.jisr.common.error.ErrorCodes;
import io.jisr.graphql.engine.Exchange;
import io.jisr.graphql.engine.Rejection;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;

/**
 * Token-bucket rate limit per client (Bucket4j). Buckets live in a bounded cache, so a flood of distinct clients
 * costs bounded memory; an evicted client simply starts with a full bucket.
 */
@ApplicationScoped
public class RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(10, TimeUnit.MINUTES)
            .build();

    @Inject
    RateLimitConfig config;

    @Inject
    SharedRateLimit shared;

    /**
     * Lets the request go ahead, or refuses it with 429, RATE_LIMITED and a Retry-After when its client (the token's
     * subject once {@link BearerPreCheck} has verified it, else the address) has used up its allowance.
     */
    boolean admit(RoutingContext ctx) {
        String subject = Exchange.of(ctx).subject();
        String client = subject != null
                ? "subject:" + subject
                : "ip:" + ctx.request().remoteAddress().hostAddress();
        long wait = shared.secondsOver(client);
        if (wait == 0) {
            wait = secondsToWait(client);
        }
        if (wait == 0) {
            shared.admitted(client);
        } else {
            ctx.response().putHeader("Retry-After", String.valueOf(wait));
            Rejection.reject(ctx, 429, ErrorCodes.RATE_LIMITED, "Too many requests; retry in " + wait + " s.");
            return false;
        }
        return true;
    }

    /** Zero when the request may go ahead; otherwise the seconds the client should wait. */
    long secondsToWait(String client) {
        Bucket bucket = buckets.get(
                client,
                key -> Bucket.builder()
                        .addLimit(SharedRateLimit.configuration(config).getBandwidths()[0])
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? 0
                : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
    }
}
