package io.jisr.graphql.engine;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLTransportWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.GraphQLWebsocketHandler;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * GraphQL over WebSocket, served by SmallRye's protocol handlers but with the connection rules they lack: a socket
 * that sends no {@code connection_init} in time is closed with 4408, one that holds no operation for the idle
 * timeout is closed normally (1000, so lazy clients reconnect when they need to), and one connection may hold only
 * so many operations at once (further ones get an {@code error} message with {@code RATE_LIMITED}). Every operation a
 * socket starts passes the edge's {@link Gate} before SmallRye sees it; a refused one gets an {@code error} message
 * with the code an HTTP request would get.
 */
public final class SubscriptionSocket extends SmallRyeGraphQLAbstractHandler {

    private static final Logger LOG = Logger.getLogger(SubscriptionSocket.class);

    /**
     * The connection rules, from the application's configuration.
     *
     * @param tooManyOperations the error sent for an operation over {@code maxOperationsPerConnection}
     */
    public record Rules(
            int maxOperationsPerConnection,
            Duration connectionInitTimeout,
            Duration idleTimeout,
            JsonObject tooManyOperations) {}

    /** The edge's checks of one operation, the same an HTTP request meets. */
    @FunctionalInterface
    public interface Gate {

        /**
         * Hands {@code run} the payload of an operation the socket opened with {@code upgrade} starts, to run (with its
         * document filled in when it came by hash), or refuses it through {@code refusals}.
         */
        void admit(RoutingContext upgrade, JsonObject payload, Refusals refusals, Consumer<JsonObject> run);
    }

    private final Rules limits;
    private final Optional<String> authorizationPayloadKey;
    private final Gate gate;

    public SubscriptionSocket(
            CurrentIdentityAssociation identity,
            CurrentHttpRequest request,
            Rules limits,
            Optional<String> authorizationPayloadKey,
            Gate gate) {
        // Non-blocking, as SmallRye's own WebSocket route runs unless non-blocking execution is switched off.
        super(identity, request.vertxRequest(), false);
        this.limits = limits;
        this.authorizationPayloadKey = authorizationPayloadKey;
        this.gate = gate;
    }

    @Override
    protected void doHandle(RoutingContext ctx) {
        Map<String, Object> metaData = getMetaData(ctx);
        ctx.request().toWebSocket().onComplete(upgrade -> {
            if (upgrade.failed()) {
                LOG.debugf(upgrade.cause(), "WebSocket upgrade failed");
                return;
            }
            ServerWebSocket socket = upgrade.result();
            Optional<SocketProtocol> protocol = SocketProtocol.of(socket.subProtocol());
            if (protocol.isEmpty()) {
                socket.close((short) 4406, "Subprotocol not acceptable");
                return;
            }
            Connection connection = new Connection(socket, protocol.get(), ctx);
            GraphQLWebsocketHandler handler = protocol.get() == SocketProtocol.TRANSPORT_WS
                    ? new SmallRyeAuthGraphQLTransportWSSubprotocolHandler(
                            connection, metaData, ctx, this, authorizationPayloadKey)
                    : new SmallRyeAuthGraphQLWSSubprotocolHandler(
                            connection, metaData, ctx, this, authorizationPayloadKey);
            connection.start(handler);
        });
    }

    /** One socket: sees every message in both directions to keep its timers and its set of live operations. */
    private final class Connection implements GraphQLWebSocketSession {

        private final ServerWebSocket socket;
        private final SocketProtocol protocol;
        private final RoutingContext upgrade;
        private final Vertx vertx;
        private final Set<String> operations = ConcurrentHashMap.newKeySet();
        private volatile boolean initialised;
        private long initTimer = -1;
        private long idleTimer = -1;

        Connection(ServerWebSocket socket, SocketProtocol protocol, RoutingContext upgrade) {
            this.socket = socket;
            this.protocol = protocol;
            this.upgrade = upgrade;
            this.vertx = upgrade.vertx();
        }

        void start(GraphQLWebsocketHandler handler) {
            socket.closeHandler(v -> {
                cancelTimers();
                handler.onClose();
            });
            socket.endHandler(v -> handler.onEnd());
            socket.exceptionHandler(handler::onThrowable);
            socket.textMessageHandler(text -> receive(text, handler));
            initTimer = timer(limits.connectionInitTimeout(), () -> {
                if (!initialised) {
                    close((short) 4408, "Connection initialisation timeout");
                }
            });
        }

        private void receive(String text, GraphQLWebsocketHandler handler) {
            JsonObject message = parse(text);
            String type = message == null ? null : string(message, "type");
            String id = message == null ? null : string(message, "id");
            if ("connection_init".equals(type) && !initialised) {
                initialised = true;
                cancel(initTimer);
                armIdleTimer();
            } else if (protocol.start().equals(type) && id != null && initialised && !operations.contains(id)) {
                int max = limits.maxOperationsPerConnection();
                if (operations.size() >= max) {
                    sendMessage(protocol.error(id, limits.tooManyOperations()));
                    return;
                }
                operations.add(id);
                JsonObject payload = message.getValue("payload") instanceof JsonObject p ? p : null;
                gate.admit(upgrade, payload, refusals(id), admitted -> {
                    if (operations.contains(id) && !socket.isClosed()) {
                        handler.onMessage(
                                admitted == payload
                                        ? text
                                        : message.copy()
                                                .put("payload", admitted)
                                                .encode());
                    }
                });
                return;
            } else if (protocol.stop().equals(type) && id != null) {
                finished(id);
            }
            handler.onMessage(text);
        }

        /** Refusals of operation {@code id}: an {@code error} message with the code, which ends the operation. */
        private Refusals refusals(String id) {
            return (status, code, message, headers) -> sendMessage(protocol.error(id, Rejection.error(code, message)));
        }

        @Override
        public void sendMessage(String message) {
            socket.writeTextMessage(message);
            if (!message.startsWith(protocol.dataPrefix())) {
                JsonObject sent = parse(message);
                String type = sent == null ? null : string(sent, "type");
                if ("complete".equals(type) || "error".equals(type)) {
                    finished(string(sent, "id"));
                }
            }
        }

        @Override
        public void close(short statusCode, String reason) {
            cancelTimers();
            socket.close(statusCode, reason);
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }

        private void finished(String id) {
            if (id != null && operations.remove(id) && operations.isEmpty()) {
                armIdleTimer();
            }
        }

        /** Restarts the idle clock; when it runs out with no operation live, the connection is closed. */
        private synchronized void armIdleTimer() {
            cancel(idleTimer);
            idleTimer = timer(limits.idleTimeout(), () -> {
                if (operations.isEmpty()) {
                    close((short) 1000, "Idle connection closed");
                }
            });
        }

        private synchronized void cancelTimers() {
            cancel(initTimer);
            cancel(idleTimer);
        }

        private long timer(Duration delay, Runnable action) {
            return socket.isClosed() ? -1 : vertx.setTimer(Math.max(1, delay.toMillis()), id -> action.run());
        }

        private void cancel(long timer) {
            if (timer >= 0) {
                vertx.cancelTimer(timer);
            }
        }
    }

    private static JsonObject parse(String text) {
        try {
            return new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            return null;
        }
    }

    private static String string(JsonObject message, String key) {
        return message.getValue(key) instanceof String value ? value : null;
    }
}
