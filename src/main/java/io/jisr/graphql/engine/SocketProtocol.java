package io.jisr.graphql.engine;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;

/** Message types of the two GraphQL-over-WebSocket subprotocols SmallRye speaks. */
record SocketProtocol(String name, String start, String stop, String dataPrefix) {

    static final SocketProtocol TRANSPORT_WS =
            new SocketProtocol("graphql-transport-ws", "subscribe", "complete", "{\"type\":\"next\"");
    static final SocketProtocol LEGACY_WS = new SocketProtocol("graphql-ws", "start", "stop", "{\"type\":\"data\"");

    static Optional<SocketProtocol> of(String name) {
        return List.of(TRANSPORT_WS, LEGACY_WS).stream()
                .filter(protocol -> protocol.name.equals(name))
                .findFirst();
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
