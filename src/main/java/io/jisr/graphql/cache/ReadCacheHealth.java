package io.jisr.graphql.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Always up; carries the read cache's hits, misses, entries and bytes in {@code /q/health/live}. */
@Liveness
@ApplicationScoped
public class ReadCacheHealth implements HealthCheck {

    @Inject
    ReadCache cache;

    @Override
    public HealthCheckResponse call() {
        return cache.figures();
    }
}
