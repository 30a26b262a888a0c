package io.jisr.platform.telemetry;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Where spans go in tests: Quarkus exports to every {@code SpanExporter} bean. Only {@link TelemetryTest} switches
 * tracing on; elsewhere the SDK is off and nothing reaches it.
 */
public class InMemorySpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
