package io.jisr.common.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The request rate limit per client (token subject, else address); listed with its defaults in the README. */
@ConfigMapping(prefix = "jisr.rate-limit")
public interface RateLimitConfig {

    /** Requests a client may send per minute, on average. */
    @WithDefault("600")
    long requestsPerMinute();

    /** Requests a client may send at once, after a quiet spell. */
    @WithDefault("100")
    long burst();
}
