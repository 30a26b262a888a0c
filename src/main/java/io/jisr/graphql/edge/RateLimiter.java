package io.jisr.graphql.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.jisr.common.error.ErrorCodes;
import io.jisr.graphql.engine.Exchange;
import io.jisr.graphql.engine.Refusals;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Token-bucket rate limit per client (Bucket4j). Buckets live in a bounded cache, so a flood of distinct clients
 * costs bounded memory; an evicted client simply starts with a full bucket.
 */
@ApplicationScoped
public class RateLimiter {

    /** The fields of the IETF draft "RateLimit header fields for HTTP" (draft-ietf-httpapi-ratelimit-headers). */
    static final String POLICY = "RateLimit-Policy";

    static final String STATE = "RateLimit";

    /** The one policy's name, as both fields refer to it. */
    static final String POLICY_NAME = "per-client";

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(10, TimeUnit.MINUTES)
            .build();

    @Inject
    RateLimitConfig config;

    @Inject
    SharedRateLimit shared;

    /** Derived from the configuration once; racing first requests compute the same values. */
    private volatile long capacity;

    private volatile String policy;

    /**
     * Lets the request go ahead, or refuses it with 429, RATE_LIMITED and a Retry-After when its client (the token's
     * subject once {@link BearerPreCheck} has verified it, else the address) has used up its allowance. Either way
     * the answer carries the client's state in the IETF draft's fields ({@code RateLimit-Policy}, {@code RateLimit}):
     * headers only, so the per-client figures never enter a body the read cache keeps.
     */
    boolean admit(RoutingContext ctx) {
        String subject = Exchange.of(ctx).subject();
        return admit(client(subject, ctx), ctx.response()::putHeader, Refusals.of(ctx));
    }

    /** The client a rate is counted for: the verified token's subject, else the address. */
    static String client(String subject, RoutingContext ctx) {
        return subject != null
                ? "subject:" + subject
                : "ip:" + ctx.request().remoteAddress().hostAddress();
    }

    /**
     * Counts one request or operation of {@code client}: true when it may go ahead; else refused (429, RATE_LIMITED,
     * Retry-After). The state goes to {@code headers} either way (over WebSocket nowhere).
     */
    boolean admit(String client, BiConsumer<String, String> headers, Refusals refusals) {
        long over = shared.secondsOver(client);
        ConsumptionProbe probe = over == 0 ? bucket(client).tryConsumeAndReturnRemaining(1) : null;
        long wait = over != 0 ? over : secondsToWait(probe);
        long remaining = probe == null || !probe.isConsumed() ? 0 : probe.getRemainingTokens();
        headers.accept(POLICY, policy());
        headers.accept(STATE, state(remaining, wait));
        if (wait == 0) {
            shared.admitted(client);
            return true;
        }
        refusals.refuse(
                429,
                ErrorCodes.RATE_LIMITED,
                "Too many requests; retry in " + wait + " s.",
                "Retry-After",
                String.valueOf(wait));
        return false;
    }

    /**
     * The policy: a client's bucket holds {@code q} requests and refills in {@code w} seconds (the per-minute rate
     * spread evenly), so a client may send {@code q} at once and then {@code q} every {@code w} seconds.
     */
    String policy() {
        String current = policy;
        if (current == null) {
            current = policy = "\"" + POLICY_NAME + "\";q=" + capacity() + ";w=" + secondsToRefill(capacity());
        }
        return current;
    }

    /** The client's state: {@code r} requests left now, {@code t} seconds until the bucket is full again. */
    String state(long remaining, long wait) {
        return "\"" + POLICY_NAME + "\";r=" + remaining + ";t="
                + Math.max(wait, secondsToRefill(capacity() - remaining));
    }

    private long capacity() {
        long current = capacity;
        if (current == 0) {
            current = capacity =
                    SharedRateLimit.configuration(config).getBandwidths()[0].getCapacity();
        }
        return current;
    }

    /** Whole seconds the bucket takes to regain {@code tokens}. */
    private long secondsToRefill(long tokens) {
        long perMinute = Math.max(1, config.requestsPerMinute());
        return (Math.max(tokens, 0) * 60 + perMinute - 1) / perMinute;
    }

    /** Zero when the request was admitted; otherwise the seconds the client should wait. */
    private static long secondsToWait(ConsumptionProbe probe) {
        return probe.isConsumed()
                ? 0
                : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
    }

    private Bucket bucket(String client) {
        return buckets.get(
                client,
                key -> Bucket.builder()
                        .addLimit(SharedRateLimit.configuration(config).getBandwidths()[0])
                        .build());
    }
}
