package io.jisr.graphql.edge;

import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.jisr.common.error.ErrorCodes;
import io.jisr.common.security.Roles;
import io.jisr.graphql.cache.ReadCache;
import io.jisr.graphql.cost.CostGuard;
import io.jisr.graphql.cost.Limits;
import io.jisr.graphql.engine.CurrentHttpRequest;
import io.jisr.graphql.engine.Exchange;
import io.jisr.graphql.engine.GraphQLRequest;
import io.jisr.graphql.engine.HttpExecution;
import io.jisr.graphql.engine.Refusals;
import io.jisr.graphql.engine.Rejection;
import io.jisr.platform.metrics.OperationMetrics;
import io.jisr.platform.telemetry.OperationSpans;
import io.jisr.platform.telemetry.RequestLog;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The GraphQL endpoint's HTTP edge, ahead of SmallRye GraphQL's own routes. Each step is its own class, in the order
 * a request meets them: WebSocket upgrades go to {@link WebSocketAdmission}; other requests have their body read
 * (bounded), their token verified ({@link BearerPreCheck}), their rate counted ({@link RateLimiter}), may be answered
 * from the {@link ReadCache}, then have their shape ({@link RequestShape}) and their operation
 * ({@link OperationChecks}: persisted-query hash, cost) checked, and run under a time limit by
 * {@link HttpExecution}, which answers in the media type the client accepts. Operations over WebSocket meet the same
 * token, rate and operation checks ({@link WebSocketAdmission}). Every refusal is a coded GraphQL error
 * ({@link Rejection}). SmallRye's own route serves only what is left: plain {@code OPTIONS} requests.
 */
@ApplicationScoped
public class GraphQLRoutes {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path")
    String path;

    @ConfigProperty(name = "quarkus.smallrye-graphql.schema-available")
    boolean schemaAvailable;

    @Inject
    SchemaDocument schemaDocument;

    @Inject
    WebSocketAdmission webSockets;

    @Inject
    BearerPreCheck bearer;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    ReadCache readCache;

    @Inject
    OperationChecks checks;

    @Inject
    Limits limits;

    @Inject
    OperationMetrics metrics;

    @Inject
    OperationSpans spans;

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    CurrentHttpRequest currentRequest;

    @Inject
    Instance<GraphQLSchema> schema;

    private HttpExecution execution;

    void install(@Observes Router router) {
        execution = new HttpExecution(identity, currentRequest, schema::get, this::answer);
        BodyHandler body = BodyHandler.create().setBodyLimit(maxBodySize.asLongValue());
        // Upgrades are served here, ahead of SmallRye's own WebSocket route; reading their (empty) body would spoil
        // them.
        router.route(path).order(-200).handler(ctx -> {
            long start = System.nanoTime();
            // Body-end, not end, handlers: SmallRye's handler replaces the response's end handler, and with it every
            // RoutingContext end handler added before it runs.
            ctx.addBodyEndHandler(v -> {
                Exchange exchange = Exchange.of(ctx);
                String refused = exchange.refused();
                if (refused != null) {
                    metrics.refused(refused);
                }
                RequestLog.finished(ctx, start, exchange.operationType(), exchange.operationName(), refused);
            });
            if (WebSocketAdmission.isUpgrade(ctx)) {
                // A connection presenting a token must present a valid one, as every HTTP request must.
                bearer.check(ctx, webSockets::admit);
            } else {
                body.handle(ctx);
            }
        });
        router.route(path).order(-199).handler(ctx -> bearer.check(ctx, this::guard));
        if (schemaAvailable) {
            router.route(HttpMethod.GET, path + "/schema.graphql").order(-200).handler(schemaDocument::serve);
        }
        router.route(path).order(-200).failureHandler(Rejection::answerFailure);
    }

    private void guard(RoutingContext ctx) {
        Rejection.statusFromOutcome(ctx);
        if (!rateLimiter.admit(ctx)) {
            return;
        }
        Rejection.normaliseAccept(ctx);
        if (readCache.answer(ctx, Rejection.responseType(ctx))) {
            return;
        }
        if (HttpMethod.OPTIONS.equals(ctx.request().method())) {
            ctx.next();
            return;
        }
        GraphQLRequest request = RequestShape.read(ctx);
        if (request != null) {
            Exchange exchange = Exchange.of(ctx);
            checks.check(
                    ctx.vertx(),
                    exchange,
                    exchange.hasRole(Roles.ADMIN),
                    request,
                    Refusals.of(ctx),
                    (checked, document) -> run(ctx, checked, document));
        }
    }

    private void run(RoutingContext ctx, GraphQLRequest request, CostGuard.Checked checked) {
        Exchange exchange = Exchange.of(ctx);
        spans.begin(ctx, exchange.operationType(), exchange.operationName());
        OperationDefinition operation = checked.operation();
        if (operation == null || operation.getOperation() != OperationDefinition.Operation.QUERY) {
            exchange.keepNowhere();
        }
        limitTime(ctx);
        execution.run(
                ctx,
                new HttpExecution.Request(
                        request.query(), request.operationName(), request.variables(), checked.document()));
    }

    private void answer(RoutingContext ctx, ExecutionResult result, Buffer body) {
        readCache.remember(result, ctx, body);
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, Rejection.responseType(ctx))
                .end(body);
    }

    private void limitTime(RoutingContext ctx) {
        long timer = ctx.vertx().setTimer(limits.timeout().toMillis(), id -> {
            if (!ctx.response().headWritten()) {
                Rejection.reject(
                        ctx,
                        503,
                        ErrorCodes.TIMEOUT,
                        "The request took longer than " + limits.timeout().toMillis() + " ms and was stopped.");
            }
        });
        ctx.addBodyEndHandler(v -> ctx.vertx().cancelTimer(timer));
    }
}
