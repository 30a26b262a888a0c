package io.jisr.graphql.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long browsers, apps and shared caches (CDNs) may reuse a public GET answer; listed in the README. */
@ConfigMapping(prefix = "jisr.http-cache")
public interface HttpCacheConfig {

    /** {@code Cache-Control: max-age} of public GET answers; 0 makes clients revalidate every time. */
    @WithDefault("60s")
    Duration maxAge();

    /** {@code stale-while-revalidate}: how long a stale answer may be shown while it is revalidated. */
    @WithDefault("30s")
    Duration staleWhileRevalidate();
}
