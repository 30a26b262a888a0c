package io.jisr.platform.telemetry;

import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

/**
 * One INFO line per GraphQL request in the category {@value #CATEGORY}: method, path (never the query string, which
 * holds a GET request's document and variables), status, time, operation type and name, and the code of a refusal.
 * The correlation id is in the MDC. Off unless the category is at INFO ({@code jisr.log.requests}).
 */
public final class RequestLog {

    public static final String CATEGORY = "io.jisr.requests";

    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private RequestLog() {}

    /** Writes the line of a finished request that started at {@code startNanos} ({@link System#nanoTime()}). */
    public static void finished(RoutingContext ctx, long startNanos, String type, String name, String refused) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        StringBuilder line = new StringBuilder(96)
                .append(ctx.request().method())
                .append(' ')
                .append(ctx.request().path())
                .append(' ')
                .append(ctx.response().getStatusCode())
                .append(' ')
                .append(millis)
                .append(" ms");
        if (type != null) {
            line.append(' ').append(type.toLowerCase(java.util.Locale.ROOT));
            if (name != null) {
                line.append(' ')
                        .append(
                                name.length() <= OperationSpans.MAX_NAME
                                        ? name
                                        : name.substring(0, OperationSpans.MAX_NAME));
            }
        }
        if (refused != null) {
            line.append(" refused ").append(refused);
        }
        LOG.info(line);
    }
}
