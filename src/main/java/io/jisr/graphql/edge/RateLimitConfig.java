package io.jisr.graphql.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The request rate limit per client (token subject, else address); listed with its defaults in the README. */
@ConfigMapping(prefix = "jisr.rate-limit")
public interface RateLimitConfig {

    /** Requests a client may send per minute, on average. */
    @WithDefault("600")
    long requestsPerMinute();

    /** Requests a client may send at once, after a quiet spell. */
    @WithDefault("100")
    long burst();

    /**
     * On PostgreSQL, whether the limit holds for the whole deployment (every replica counts into buckets kept in the
     * database) rather than per replica. See SharedRateLimit.
     */
    @WithDefault("true")
    boolean shared();

    /** How often a replica adds what it admitted to the shared buckets, and learns which clients are over. */
    @WithDefault("PT0.5S")
    Duration syncInterval();
}
