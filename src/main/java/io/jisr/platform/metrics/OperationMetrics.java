package io.jisr.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What operators watch in Prometheus ({@code /q/metrics}): operations by type, name and outcome with a duration
 * histogram ({@code jisr_graphql_operations_seconds}), and requests the edge refused, by code
 * ({@code jisr_graphql_refusals_total}). Operation names come from clients, so only the first
 * {@value #MAX_NAMES} distinct ones get a series of their own; later ones count as {@code other}.
 */
@ApplicationScoped
public class OperationMetrics {

    static final int MAX_NAMES = 200;

    private final Set<String> names = ConcurrentHashMap.newKeySet();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    @Inject
    MeterRegistry registry;

    /** One finished operation; {@code outcome} is {@code ok} or the code of its first error. */
    public void operation(String type, String name, String outcome, long nanos) {
        String tagName = name == null
                ? "anonymous"
                : names.contains(name) || names.size() < MAX_NAMES && names.add(name) ? name : "other";
        String lowerType = type == null ? "unknown" : type.toLowerCase(java.util.Locale.ROOT);
        timers.computeIfAbsent(
                        lowerType + '\n' + tagName + '\n' + outcome,
                        k -> Timer.builder("jisr.graphql.operations")
                                .description(
                                        "GraphQL operations by type, name and outcome (ok or the first error code)")
                                .tags("type", lowerType, "name", tagName, "outcome", outcome)
                                .publishPercentileHistogram()
                                .register(registry))
                .record(Duration.ofNanos(nanos));
    }

    /** A request the HTTP edge answered itself with {@code code}: limits, malformed requests, persisted queries. */
    public void refused(String code) {
        registry.counter("jisr.graphql.refusals", "code", code).increment();
    }
}
