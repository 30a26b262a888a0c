package io.jisr.common.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token-bucket rate limit per client (Bucket4j). Buckets live in a bounded cache, so a flood of distinct clients
 * costs bounded memory; an evicted client simply starts with a full bucket.
 */
@ApplicationScoped
public class RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(10, TimeUnit.MINUTES).build();

    @ConfigProperty(name = "jisr.rate-limit.requests-per-minute", defaultValue = "600")
    long perMinute;

    @ConfigProperty(name = "jisr.rate-limit.burst", defaultValue = "100")
    long burst;

    /** Zero when the request may go ahead; otherwise the seconds the client should wait. */
    public long secondsToWait(String client) {
        Bucket bucket = buckets.get(client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(Math.max(1, Math.min(burst, perMinute)))
                        .refillGreedy(Math.max(1, perMinute), Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
    }
}
