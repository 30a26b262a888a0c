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
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * GraphQL over WebSocket, served by SmallRye's protocol handlers but with the connection rules they lack: a socket
 * that sends no {@code connection_init} in time is closed with 4408, one that holds no operation for the idle
 * timeout is closed normally (1000, so lazy clients reconnect when they need to), and one connection may hold only
 * so many operations at once (further ones get an {@code error} message with {@code RATE_LIMITED}).
 */
public final class SubscriptionSocket extends SmallRyeGraphQLAbstractHandler {

    private static final Logger LOG = Logger.getLogger(SubscriptionSocket.class);

    /** Message types of the two subprotocols SmallRye speaks. */
    private enum Protocol {
        TRANSPORT_WS("graphql-transport-ws", "subscribe", "complete", "{\"type\":\"next\""),
        LEGACY_WS("graphql-ws", "start", "stop", "{\"type\":\"data\"");

        final String name;
        final String start;
        final String stop;
        final String dataPrefix;

        Protocol(String name, String start, String stop, String dataPrefix) {
            this.name = name;
            this.start = start;
            this.stop = stop;
            this.dataPrefix = dataPrefix;
        }

        static Optional<Protocol> of(String name) {
            for (Protocol protocol : values()) {
                if (protocol.name.equals(name)) {
                    return Optional.of(protocol);
                }
            }
            return Optional.empty();
        }

        /** graphql-transport-ws carries a list of errors, the legacy protocol a single one. */
        String error(String id, JsonObject error) {
            Object payload = this == TRANSPORT_WS ? new JsonArray().add(error) : error;
            return new JsonObject()
                    .put("id", id)
                    .put("type", "error")
                    .put("payload", payload)
                    .encode();
        }
    }

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

    private final Rules limits;
    private final Optional<String> authorizationPayloadKey;

    public SubscriptionSocket(
            CurrentIdentityAssociation identity,
            CurrentHttpRequest request,
            Rules limits,
            Optional<String> authorizationPayloadKey) {
        // Non-blocking, as SmallRye's own WebSocket route runs unless non-blocking execution is switched off.
        super(identity, request.vertxRequest(), false);
        this.limits = limits;
        this.authorizationPayloadKey = authorizationPayloadKey;
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
            Optional<Protocol> protocol = Protocol.of(socket.subProtocol());
            if (protocol.isEmpty()) {
                socket.close((short) 4406, "Subprotocol not acceptable");
                return;
            }
            Connection connection = new Connection(socket, protocol.get(), ctx.vertx());
            GraphQLWebsocketHandler handler = protocol.get() == Protocol.TRANSPORT_WS
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
        private final Protocol protocol;
        private final Vertx vertx;
        private final Set<String> operations = ConcurrentHashMap.newKeySet();
        private volatile boolean initialised;
        private long initTimer = -1;
        private long idleTimer = -1;

        Connection(ServerWebSocket socket, Protocol protocol, Vertx vertx) {
            this.socket = socket;
            this.protocol = protocol;
            this.vertx = vertx;
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
            } else if (protocol.start.equals(type) && id != null && initialised && !operations.contains(id)) {
                int max = limits.maxOperationsPerConnection();
                if (operations.size() >= max) {
                    sendMessage(protocol.error(id, limits.tooManyOperations()));
                    return;
                }
                operations.add(id);
            } else if (protocol.stop.equals(type) && id != null) {
                finished(id);
            }
            handler.onMessage(text);
        }

        @Override
        public void sendMessage(String message) {
            socket.writeTextMessage(message);
            if (!message.startsWith(protocol.dataPrefix)) {
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
