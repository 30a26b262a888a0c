package io.jisr.graphql.engine;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Optional;

/** Message types of the two GraphQL-over-WebSocket subprotocols SmallRye speaks. */
enum SocketProtocol {
    TRANSPORT_WS("graphql-transport-ws", "subscribe", "complete", "{\"type\":\"next\""),
    LEGACY_WS("graphql-ws", "start", "stop", "{\"type\":\"data\"");

    final String name;
    final String start;
    final String stop;
    final String dataPrefix;

    SocketProtocol(String name, String start, String stop, String dataPrefix) {
        this.name = name;
        this.start = start;
        this.stop = stop;
        this.dataPrefix = dataPrefix;
    }

    static Optional<SocketProtocol> of(String name) {
        for (SocketProtocol protocol : values()) {
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
