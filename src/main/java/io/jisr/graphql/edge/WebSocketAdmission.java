package io.jisr.graphql.edge;

import io.jisr.common.error.ErrorCodes;
import io.jisr.graphql.engine.CurrentHttpRequest;
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
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * WebSocket upgrades (subscriptions): caps the open connections per client address, refusing the upgrade over the cap
 * with 429, and hands the others to {@link SubscriptionSocket} with the connection rules from
 * {@link SubscriptionLimits}.
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

    @PostConstruct
    void createHandler() {
        Gauge.builder("jisr.websocket.connections", open, ClientCounter::total)
                .description("Open GraphQL WebSocket connections")
                .register(registry);
        int maxOperations = limits.maxOperationsPerConnection();
        JsonObject tooManyOperations = new JsonObject()
                .put(
                        "message",
                        "Too many operations on this connection; at most " + maxOperations + ". Complete one first.")
                .put("extensions", new JsonObject().put("code", ErrorCodes.RATE_LIMITED));
        sockets = new SubscriptionSocket(
                identity,
                request,
                new SubscriptionSocket.Rules(
                        maxOperations, limits.connectionInitTimeout(), limits.idleTimeout(), tooManyOperations),
                authorizationPayloadKey);
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
