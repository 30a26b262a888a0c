package io.jisr;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Test client: a real WebSocket speaking one GraphQL-over-WebSocket subprotocol to /graphql. */
public final class GraphQLSocket implements WebSocket.Listener, AutoCloseable {

    /** How the server closed the socket. */
    public record Closed(int code, String reason) {}

    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private WebSocket socket;

    public static GraphQLSocket connect(URI http, String subprotocol) throws Exception {
        return connect(http, subprotocol, null);
    }

    /** Connects with {@code subprotocol}, presenting {@code token} (when not null) as the upgrade's bearer token. */
    public static GraphQLSocket connect(URI http, String subprotocol, String token) throws Exception {
        GraphQLSocket client = new GraphQLSocket();
        URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
        WebSocket.Builder builder =
                HttpClient.newHttpClient().newWebSocketBuilder().subprotocols(subprotocol);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        client.socket = builder.buildAsync(ws, client).get(10, TimeUnit.SECONDS);
        return client;
    }

    /** Connects with graphql-transport-ws and completes the connection_init handshake. */
    public static GraphQLSocket initialised(URI http) throws Exception {
        return initialised(http, "graphql-transport-ws");
    }

    /** Connects with {@code subprotocol} and completes the connection_init handshake. */
    public static GraphQLSocket initialised(URI http, String subprotocol) throws Exception {
        return initialised(http, subprotocol, null);
    }

    /** Connects with {@code subprotocol} and {@code token}, and completes the connection_init handshake. */
    public static GraphQLSocket initialised(URI http, String subprotocol, String token) throws Exception {
        GraphQLSocket client = connect(http, subprotocol, token);
        client.send(new JsonObject().put("type", "connection_init"));
        JsonObject ack = client.next();
        if (!"connection_ack".equals(ack.getString("type"))) {
            throw new AssertionError("expected connection_ack, got " + ack.encode());
        }
        return client;
    }

    public void send(JsonObject message) {
        socket.sendText(message.encode(), true).join();
    }

    public void subscribe(String id, String query) {
        send(new JsonObject()
                .put("id", id)
                .put("type", "subscribe")
                .put("payload", new JsonObject().put("query", query)));
    }

    /** Starts operation {@code id} with {@code payload} ({@code query}, {@code variables}, {@code extensions} …). */
    public void subscribe(String id, JsonObject payload) {
        send(new JsonObject().put("id", id).put("type", "subscribe").put("payload", payload));
    }

    /**
     * The code of the first error the operation {@code id} ends with, whether refused before it ran (an {@code error}
     * message) or failed as it ran (errors in a {@code next} message); null when its first answer has no error.
     */
    public String errorCode(String id) throws InterruptedException {
        for (JsonObject message = next(); ; message = next()) {
            if (!id.equals(message.getString("id"))) {
                continue;
            }
            Object payload = message.getValue("payload");
            JsonObject error = null;
            if ("error".equals(message.getString("type"))) {
                error = payload instanceof io.vertx.core.json.JsonArray list
                        ? list.getJsonObject(0)
                        : (JsonObject) payload;
            } else if (payload instanceof JsonObject answer && answer.getJsonArray("errors") != null) {
                error = answer.getJsonArray("errors").getJsonObject(0);
            }
            return error == null || error.getJsonObject("extensions") == null
                    ? null
                    : error.getJsonObject("extensions").getString("code");
        }
    }

    public JsonObject next() throws InterruptedException {
        JsonObject message = messages.poll(10, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no message within 10 s");
        }
        return message;
    }

    public JsonObject poll(long timeout, TimeUnit unit) throws InterruptedException {
        return messages.poll(timeout, unit);
    }

    /** The server's close frame, or null if the socket is still open after the timeout. */
    public Closed closed(long timeout, TimeUnit unit) throws InterruptedException {
        try {
            return closed.get(timeout, unit);
        } catch (java.util.concurrent.TimeoutException e) {
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonObject message = new JsonObject(partial.toString());
            partial.setLength(0);
            // Keep-alives are protocol chatter: answer pings as graphql-transport-ws asks, drop legacy "ka".
            if ("ping".equals(message.getString("type"))) {
                webSocket.sendText(new JsonObject().put("type", "pong").encode(), true);
            } else if (!"ka".equals(message.getString("type"))) {
                messages.add(message);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Closed(statusCode, reason));
        return null;
    }

    /** Drops the connection without a close frame, as a client that lost its network does. */
    public void abort() {
        socket.abort();
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        } catch (java.util.concurrent.CompletionException e) {
            // The server closed first; the client then answers the close frame itself.
            if (!closed.isDone()) {
                throw e;
            }
        }
    }
}
