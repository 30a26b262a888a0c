package io.jisr.graphql.edge;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.jisr.GraphQLSocket;
import io.jisr.LogCapture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** Connection rules of GraphQL over WebSocket; the profile shortens the init timeout to 1 s and idle to 2 s. */
@QuarkusTest
@TestProfile(SubscriptionSocketTest.ShortTimeouts.class)
class SubscriptionSocketTest {

    public static class ShortTimeouts implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of(
                    "jisr.subscriptions.connection-init-timeout", "1S", "jisr.subscriptions.idle-timeout", "2S");
        }
    }

    private static final String CHANGES = "subscription { catalogueChanged { change { operation } } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void shouldNotWarnWhenClientsCloseOrDropTheirConnections() throws Exception {
        try (LogCapture all = LogCapture.of("")) {
            try (GraphQLSocket socket = GraphQLSocket.initialised(graphql)) {
                socket.subscribe("1", CHANGES);
            }
            GraphQLSocket dropped = GraphQLSocket.initialised(graphql);
            dropped.subscribe("1", CHANGES);
            dropped.abort();
            // Both closes reach the server within moments on loopback.
            Thread.sleep(1000);
            assertThat(all.atOrAbove(Level.WARNING), equalTo(List.of()));
        }
    }

    @Test
    void shouldCloseASocketThatNeverSendsConnectionInit() throws Exception {
        try (GraphQLSocket socket = GraphQLSocket.connect(graphql, "graphql-transport-ws")) {
            GraphQLSocket.Closed closed = socket.closed(10, TimeUnit.SECONDS);
            assertThat("closed by the server", closed == null ? null : closed.code(), equalTo(4408));
            assertThat(closed.reason(), equalTo("Connection initialisation timeout"));
        }
    }

    @Test
    void shouldCloseAnIdleConnectionButKeepOneWithALiveSubscription() throws Exception {
        try (GraphQLSocket idle = GraphQLSocket.initialised(graphql);
                GraphQLSocket busy = GraphQLSocket.initialised(graphql)) {
            busy.subscribe("1", CHANGES);
            GraphQLSocket.Closed closed = idle.closed(10, TimeUnit.SECONDS);
            assertThat("idle socket closed", closed == null ? null : closed.code(), equalTo(1000));
            // Well past the idle timeout, the socket holding a subscription is still open...
            assertThat(busy.closed(2500, TimeUnit.MILLISECONDS), nullValue());
            // ...until its last operation completes and the idle time runs out.
            busy.send(new JsonObject().put("id", "1").put("type", "complete"));
            GraphQLSocket.Closed afterwards = busy.closed(10, TimeUnit.SECONDS);
            assertThat(afterwards == null ? null : afterwards.code(), equalTo(1000));
        }
    }

    @Test
    void shouldCapOperationsPerConnection() throws Exception {
        try (GraphQLSocket socket = GraphQLSocket.initialised(graphql)) {
            for (int i = 1; i <= 12; i++) {
                socket.subscribe("s" + i, CHANGES);
            }
            List<JsonObject> errors = errors(socket);
            assertThat(errors.size(), equalTo(2));
            for (JsonObject error : errors) {
                assertThat(error.getString("id"), org.hamcrest.Matchers.oneOf("s11", "s12"));
                JsonObject first = error.getJsonArray("payload").getJsonObject(0);
                assertThat(first.getString("message"), containsString("at most 10"));
                assertThat(first.getJsonObject("extensions").getString("code"), equalTo("RATE_LIMITED"));
            }
            // Completing one gives its place back.
            socket.send(new JsonObject().put("id", "s1").put("type", "complete"));
            socket.subscribe("s13", CHANGES);
            assertThat(errors(socket), equalTo(List.of()));
        }
    }

    @Test
    void shouldCapOperationsPerConnectionInTheLegacyProtocolToo() throws Exception {
        try (GraphQLSocket socket = GraphQLSocket.initialised(graphql, "graphql-ws")) {
            for (int i = 1; i <= 11; i++) {
                socket.send(new JsonObject()
                        .put("id", "s" + i)
                        .put("type", "start")
                        .put("payload", new JsonObject().put("query", CHANGES)));
            }
            List<JsonObject> errors = errors(socket);
            assertThat(errors.size(), equalTo(1));
            assertThat(errors.get(0).getString("id"), equalTo("s11"));
            // graphql-ws carries one error object, not a list.
            assertThat(
                    errors.get(0)
                            .getJsonObject("payload")
                            .getJsonObject("extensions")
                            .getString("code"),
                    equalTo("RATE_LIMITED"));
        }
    }

    @Test
    void shouldApplyTheDepthLimitOverWebSocket() throws Exception {
        // 16 levels: one more than the limit (the HTTP edge refuses this shape before it runs).
        String deep = "{ initiatives(first: 1) { edges { node { " + "sectors { initiatives { ".repeat(6) + "slug"
                + " } }".repeat(6) + " } } } }";
        try (GraphQLSocket socket = GraphQLSocket.initialised(graphql)) {
            socket.subscribe("deep", deep);
            JsonObject answer = socket.poll(10, TimeUnit.SECONDS);
            assertThat(answer == null ? null : answer.getString("id"), equalTo("deep"));
            boolean refused = "error".equals(answer.getString("type"));
            JsonObject error = refused
                    ? answer.getJsonArray("payload").getJsonObject(0)
                    : answer.getJsonObject("payload").getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("message"), containsString("depth"));
            if (!refused) {
                assertThat(answer.getJsonObject("payload").getValue("data"), nullValue());
            }
        }
    }

    /** The error messages the socket receives until it falls quiet. */
    private static List<JsonObject> errors(GraphQLSocket socket) throws InterruptedException {
        List<JsonObject> errors = new ArrayList<>();
        for (JsonObject message = socket.poll(1500, TimeUnit.MILLISECONDS);
                message != null;
                message = socket.poll(500, TimeUnit.MILLISECONDS)) {
            if ("error".equals(message.getString("type"))) {
                errors.add(message);
            }
        }
        return errors;
    }
}
