package io.jisr.platform.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A trace span per GraphQL operation, named as OpenTelemetry's GraphQL conventions say ({@code query Name}), a child
 * of the HTTP request's span. It is made current in the request's Vert.x context, so the SQL the operation runs (JDBC
 * telemetry) is recorded beneath it, whichever thread runs it. The document and variables are not recorded: they may
 * hold what a client would not want in a tracing backend. With tracing off (the default) the span is a no-op.
 */
@ApplicationScoped
public class OperationSpans {

    /** Operation names come from clients; a span name longer than this is cut. */
    static final int MAX_NAME = 200;

    @Inject
    Tracer tracer;

    /** Starts the operation's span; it ends, and stops being current, when the response has been sent. */
    public void begin(RoutingContext ctx, String type, String name) {
        String lowerType = type == null ? "unknown" : type.toLowerCase(java.util.Locale.ROOT);
        String shortName = name == null || name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
        Span span = tracer.spanBuilder(shortName == null ? lowerType : lowerType + ' ' + shortName)
                .setSpanKind(SpanKind.INTERNAL)
                .setAttribute("graphql.operation.type", lowerType)
                .setAttribute("graphql.operation.name", shortName == null ? "" : shortName)
                .setAttribute(Correlation.SPAN_ATTRIBUTE, Correlation.current())
                .startSpan();
        if (!span.getSpanContext().isValid()) {
            return;
        }
        Scope scope = span.makeCurrent();
        // Not addEndHandler: SmallRye's handler replaces the response's end handler (see GraphQLRoutes).
        ctx.addBodyEndHandler(done -> {
            if (ctx.response().getStatusCode() >= 500) {
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
            scope.close();
        });
    }

    /** Marks the current span failed with {@code cause}, under the correlation id the client was given. */
    public static void failed(String correlationId, Throwable cause) {
        Span span = Span.current();
        span.setAttribute(Correlation.SPAN_ATTRIBUTE, correlationId);
        span.setStatus(StatusCode.ERROR, "internal error " + correlationId);
        if (cause != null) {
            span.recordException(cause);
        }
    }
}
