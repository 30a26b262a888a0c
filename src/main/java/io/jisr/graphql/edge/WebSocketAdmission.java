package io.jisr.graphql.edge;

import io.jisr.common.error.ErrorCodes;
import io.jisr.common.security.Roles;
import io.jisr.graphql.engine.CurrentHttpRequest;
import io.jisr.graphql.engine.Exchange;
import io.jisr.graphql.engine.GraphQLRequest;
import io.jisr.graphql.engine.Refusals;
import io.jisr.graphql.engine.Rejection;
import io.jisr.graphql.engine.SubscriptionSocket;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * WebSocket upgrades (subscriptions), after their token was checked as any request's ({@link BearerPreCheck}): caps
 * the open connections per client address, refusing the upgrade over the cap with 429, and hands the others to
 * {@link SubscriptionSocket} with the connection rules from {@link SubscriptionLimits}. Each operation a connection
 * starts then meets what an HTTP request meets: the client's rate limit ({@link RateLimiter}), the shape of its payload
 * ({@link RequestShape}) and the operation checks ({@link OperationChecks}), from the same code.
 */
@ApplicationScoped
@Startup // registers its gauge before the first connection
public class WebSocketAdmission {

    private final ClientCounter open = new ClientCounter();

    @Inject
    SubscriptionLimits limits;

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    CurrentHttpRequest request;

    @ConfigProperty(name = "quarkus.smallrye-graphql.authorization-client-init-payload-name")
    Optional<String> authorizationPayloadKey;

    private SubscriptionSocket sockets;

    @Inject
    MeterRegistry registry;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    OperationChecks checks;

    @PostConstruct
    void createHandler() {
        Gauge.builder("jisr.websocket.connections", open, ClientCounter::total)
                .description("Open GraphQL WebSocket connections")
                .register(registry);
        int maxOperations = limits.maxOperationsPerConnection();
        JsonObject tooManyOperations = Rejection.error(
                ErrorCodes.RATE_LIMITED,
                "Too many operations on this connection; at most " + maxOperations + ". Complete one first.");
        sockets = new SubscriptionSocket(
                identity,
                request,
                new SubscriptionSocket.Rules(
                        maxOperations, limits.connectionInitTimeout(), limits.idleTimeout(), tooManyOperations),
                authorizationPayloadKey,
                this::admitOperation);
    }

    /** The checks of an operation started over WebSocket: those of an HTTP request, minus what HTTP alone has. */
    private void admitOperation(
            RoutingContext upgrade, JsonObject payload, Refusals refusals, Consumer<JsonObject> run) {
        Exchange connection = Exchange.of(upgrade);
        if (!rateLimiter.admit(RateLimiter.client(connection.subject(), upgrade), (name, value) -> {}, refusals)) {
            return;
        }
        GraphQLRequest request = RequestShape.fromJson(payload, refusals);
        if (request == null) {
            return;
        }
        // The connection's exchange is shared by its operations: none records its own cost or operation there.
        checks.check(upgrade.vertx(), null, connection.hasRole(Roles.ADMIN), request, refusals, (admitted, checked) -> {
            boolean sameDocument = Objects.equals(admitted.query(), request.query());
            run.accept(sameDocument ? payload : payload.copy().put("query", admitted.query()));
        });
    }

    static boolean isUpgrade(RoutingContext ctx) {
        return "websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE));
    }

    void admit(RoutingContext ctx) {
        String client = ctx.request().remoteAddress().hostAddress();
        int max = limits.maxConnectionsPerClient();
        if (!open.tryAcquire(client, max)) {
            ctx.response().putHeader("Retry-After", "60");
            Rejection.reject(
                    ctx,
                    429,
                    ErrorCodes.RATE_LIMITED,
                    "Too many open subscription connections from this client; " + "at most " + max + ".");
            return;
        }
        ctx.request().connection().closeHandler(v -> open.release(client));
        sockets.handle(ctx);
    }
}
