package io.jisr.graphql.engine;

import io.jisr.common.error.ErrorCodes;
import io.jisr.platform.telemetry.Correlation;
import io.jisr.platform.telemetry.OperationSpans;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

/**
 * How the HTTP edge says no: a GraphQL-shaped JSON answer with one coded error, in the media type the client accepts.
 * Also the statuses of answers to operations that ran, which GraphQL over HTTP ties to what went wrong.
 */
public final class Rejection {

    public static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private static final Logger LOG = Logger.getLogger(Rejection.class);

    private Rejection() {}

    public static void reject(RoutingContext ctx, int status, String code, String message) {
        Exchange exchange = Exchange.of(ctx);
        exchange.refuse(code);
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, responseType(ctx) + "; charset=UTF-8")
                .end(withCost(
                                new JsonObject().put("errors", new JsonArray().add(error(code, message))),
                                exchange.cost())
                        .encode());
    }

    /** One GraphQL error with a stable code: {@code {"message": …, "extensions": {"code": …}}}, on every transport. */
    public static JsonObject error(String code, String message) {
        return new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code));
    }

    /**
     * {@code answer} with {@code extensions.cost} ({@code requested}, {@code limit}) beside what its extensions hold,
     * when the operation's cost was estimated: a refused operation says by how much it was over.
     */
    static JsonObject withCost(JsonObject answer, Exchange.Cost cost) {
        if (cost != null) {
            JsonObject extensions = answer.getJsonObject("extensions");
            if (extensions == null) {
                extensions = new JsonObject();
                answer.put("extensions", extensions);
            }
            extensions.put(
                    "cost", new JsonObject().put("requested", cost.requested()).put("limit", cost.limit()));
        }
        return answer;
    }

    /**
     * Whatever fails on the way (an oversized body, malformed percent-encoding, an unexpected error) is still answered
     * as GraphQL-shaped JSON with a code, never an empty or plain-text page.
     */
    public static void answerFailure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode() >= 400 && ctx.statusCode() < 500 ? ctx.statusCode() : 500;
        if (status == 500) {
            String correlationId = Correlation.current();
            OperationSpans.failed(correlationId, ctx.failure());
            LOG.errorf(
                    ctx.failure(),
                    "Internal error %s on %s %s",
                    correlationId,
                    ctx.request().method(),
                    ctx.request().path());
            reject(ctx, 500, ErrorCodes.INTERNAL, ErrorShaper.internalMessage(correlationId));
        } else if (status == 413) {
            reject(ctx, 413, ErrorCodes.BAD_REQUEST, "The request body is larger than the endpoint accepts.");
        } else {
            reject(ctx, status, ErrorCodes.BAD_REQUEST, "The request is malformed (" + status + ").");
        }
    }

    /**
     * Sets the status of an operation's answer, as it is written, from the outcome {@link ErrorShaper} left in its {@link Exchange}:
     * 503 when the database is down, 401/403 when the operation failed for want of credentials or a role, 400 for a
     * request error under {@code application/graphql-response+json}.
     */
    public static void statusFromOutcome(RoutingContext ctx) {
        ctx.addHeadersEndHandler(ignored -> {
            String type = ctx.response().headers().get(HttpHeaders.CONTENT_TYPE);
            Exchange exchange = Exchange.of(ctx);
            String authError = exchange.authError();
            if (exchange.unavailable()) {
                // Clients and load balancers retry a 503; the database is usually back within seconds.
                status(ctx, 503).putHeader("Retry-After", "5");
            } else if (ErrorCodes.UNAUTHENTICATED.equals(authError)) {
                // The whole operation failed for want of credentials, which HTTP says with 401.
                status(ctx, 401).putHeader("WWW-Authenticate", "Bearer");
            } else if (ErrorCodes.FORBIDDEN.equals(authError)) {
                status(ctx, 403);
            } else if (exchange.requestError() && type != null && type.startsWith(GRAPHQL_RESPONSE)) {
                status(ctx, 400);
            }
        });
    }

    /** Rewrites the status of an answer being written, with the reason phrase that goes with it. */
    private static HttpServerResponse status(RoutingContext ctx, int code) {
        return ctx.response()
                .setStatusCode(code)
                .setStatusMessage(HttpResponseStatus.valueOf(code).reasonPhrase());
    }

    /**
     * The media type of every answer to {@code ctx}, refusals included: {@code application/graphql-response+json} when
     * the client accepts it, else {@code application/json} (GraphQL over HTTP, 6.4.1 and 6.4.2).
     */
    public static String responseType(RoutingContext ctx) {
        return acceptsGraphQLResponse(ctx) ? GRAPHQL_RESPONSE : "application/json";
    }

    public static boolean acceptsGraphQLResponse(RoutingContext ctx) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(GRAPHQL_RESPONSE);
    }

    /**
     * GraphQL over HTTP: a request without {@code Accept}, or one that accepts anything, is answered as
     * {@code application/json}; SmallRye, which still answers plain {@code OPTIONS}, would refuse some of them with 406.
     */
    public static void normaliseAccept(RoutingContext ctx) {
        if (!acceptsGraphQLResponse(ctx)) {
            ctx.request().headers().set(HttpHeaders.ACCEPT, "application/json");
        }
    }
}
