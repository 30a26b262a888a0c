package io.jisr.platform.telemetry;

import io.opentelemetry.api.trace.Span;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * One correlation id per HTTP request: the caller's {@value #HEADER} when it is a plausible id (a gateway or ingress
 * usually sets one), else a new UUID. It is echoed in the response header, put in the logging MDC under
 * {@value #MDC_KEY} (Quarkus keeps the MDC with the request's Vert.x context, so lines logged on worker threads carry
 * it too), set on the request's trace span, and quoted by internal errors, so one id finds every trace of a request.
 */
@ApplicationScoped
public class Correlation {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "correlationId";
    public static final String SPAN_ATTRIBUTE = "jisr.correlation_id";

    /** Long enough to be unique, short and plain enough to be safe in logs and headers. */
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::tag);
    }

    private void tag(RoutingContext ctx) {
        String given = ctx.request().getHeader(HEADER);
        String id = given != null && PLAUSIBLE.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        ctx.response().putHeader(HEADER, id);
        Span.current().setAttribute(SPAN_ATTRIBUTE, id);
        ctx.next();
    }

    /** The id of the request being served; a new one where there is none (work outside an HTTP request). */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id != null ? id.toString() : UUID.randomUUID().toString();
    }
}
