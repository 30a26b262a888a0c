package io.jisr.history.graphql;

import static io.jisr.AdminGraphQL.ok;
import static io.jisr.AdminGraphQL.post;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import io.jisr.GraphQLSocket;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HistoryGraphQLApiTest {

    private static final String CREATE =
            "mutation($slug: String!) { createSector(input: { slug: $slug, nameEn: \"Test\" }) { id } }";
    private static final String RENAME =
            "mutation($id: ID!, $v: Int!, $fr: String) { updateSector(id: $id, version: $v, input: { nameFr: $fr }) { version } }";
    private static final String DELETE = "mutation($id: ID!, $v: Int!) { deleteSector(id: $id, version: $v) { id } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    io.jisr.history.service.SubscriptionLimiter limiter;

    @Test
    void shouldRecordEveryChangeWithFieldsActorAndTime() {
        String id = ok(CREATE, Map.of("slug", "test-history")).extract().path("data.createSector.id");
        ok(RENAME, Map.of("id", id, "v", 0, "fr", "Histoire"));
        ok("""
                query($id: ID!) { sector(id: $id) { history { totalCount edges { node {
                  operation recordType recordId actor at changes { field oldValue newValue } } } } } }""", Map.of("id", id))
                .body("data.sector.history.totalCount", equalTo(2))
                .body("data.sector.history.edges.node.operation", contains("UPDATE", "CREATE"))
                .body("data.sector.history.edges[0].node.changes.size()", equalTo(1))
                .body("data.sector.history.edges[0].node.changes[0].field", equalTo("nameFr"))
                .body("data.sector.history.edges[0].node.changes[0].oldValue", nullValue())
                .body("data.sector.history.edges[0].node.changes[0].newValue", equalTo("Histoire"))
                .body("data.sector.history.edges[1].node.changes.field", contains("nameEn", "slug"))
                .body("data.sector.history.edges.node.actor", everyItem(equalTo(io.jisr.AdminGraphQL.SUBJECT)))
                .body("data.sector.history.edges.node.recordType", everyItem(equalTo("SECTOR")))
                .body("data.sector.history.edges.node.recordId", everyItem(equalTo(id)));
    }

    @Test
    void shouldAnswerEachAliasOfARecordsHistoryWithItsOwnArguments() {
        String id = ok(CREATE, Map.of("slug", "test-history-aliases")).extract().path("data.createSector.id");
        ok(RENAME, Map.of("id", id, "v", 0, "fr", "Alias"));
        ok("""
                query($id: ID!) { sector(id: $id) {
                  one: history(first: 1) { totalCount edges { node { operation } } }
                  all: history(first: 5) { edges { node { operation } } }
                  last: history(last: 1) { edges { node { operation } } } } }""", Map.of("id", id))
                .body("data.sector.one.totalCount", equalTo(2))
                .body("data.sector.one.edges.node.operation", contains("UPDATE"))
                .body("data.sector.all.edges.node.operation", contains("UPDATE", "CREATE"))
                .body("data.sector.last.edges.node.operation", contains("CREATE"));
        post(
                        "query($id: ID!) { sector(id: $id) { history(first: 1, after: \"garbage\") { totalCount } } }",
                        Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].path", contains("sector", "history"));
    }

    @Test
    void shouldFilterTheGlobalHistory() {
        Instant before = Instant.now();
        String id = ok(CREATE, Map.of("slug", "test-history-global")).extract().path("data.createSector.id");
        ok(RENAME, Map.of("id", id, "v", 0, "fr", "Global"));
        ok(DELETE, Map.of("id", id, "v", 1));
        String query = """
                query($filter: HistoryFilter) { history(filter: $filter, first: 100) { totalCount
                  edges { node { operation recordId recordType } } } }""";
        ok(query, Map.of("filter", Map.of("recordId", id)))
                .body("data.history.edges.node.operation", contains("DELETE", "UPDATE", "CREATE"));
        ok(query, Map.of("filter", Map.of("recordId", id, "operations", List.of("UPDATE"))))
                .body("data.history.totalCount", equalTo(1));
        ok(query, Map.of("filter", Map.of("types", List.of("SECTOR"), "from", before.toString())))
                .body("data.history.edges.node.recordId", everyItem(equalTo(id)))
                .body("data.history.totalCount", equalTo(3));
        ok(query, Map.of("filter", Map.of("types", List.of("INITIATIVE"), "from", before.toString())))
                .body("data.history.totalCount", equalTo(0));
        ok(query, Map.of("filter", Map.of("recordId", id, "to", before.toString())))
                .body("data.history.totalCount", equalTo(0));
        post(query, Map.of("filter", Map.of("recordId", "garbage")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void shouldPushCommittedChangesOverGraphQLTransportWs() throws Exception {
        try (GraphQLSocket subscriber = GraphQLSocket.initialised(graphql)) {
            subscriber.subscribe(
                    "1",
                    "subscription { catalogueChanged(types: [SECTOR]) { change { operation recordId } "
                            + "record { id ... on Sector { version } } } }");
            awaitSubscribed();

            String id = ok(CREATE, Map.of("slug", "test-live")).extract().path("data.createSector.id");
            ok(RENAME, Map.of("id", id, "v", 0, "fr", "Direct"));
            // Rolled back (stale version) and filtered out (another type): neither may reach the subscriber.
            post(RENAME, Map.of("id", id, "v", 0, "fr", "Perdu"))
                    .body("errors[0].extensions.code", equalTo("CONFLICT"));
            ok(
                    "mutation { createOrganisation(input: { slug: \"test-live-org\", nameEn: \"x\", type: OTHER }) { id } }");
            ok(DELETE, Map.of("id", id, "v", 1));

            JsonObject created = subscriber.next();
            assertThat(created.getString("type"), equalTo("next"));
            assertThat(created.getString("id"), equalTo("1"));
            JsonObject createdEvent =
                    created.getJsonObject("payload").getJsonObject("data").getJsonObject("catalogueChanged");
            assertThat(createdEvent.getJsonObject("change").getString("operation"), equalTo("CREATE"));
            assertThat(createdEvent.getJsonObject("record").getString("id"), equalTo(id));
            JsonObject updatedMessage = subscriber.next();
            assertThat(
                    updatedMessage.encode(),
                    updatedMessage.getJsonObject("payload").getValue("errors"),
                    nullValue());
            JsonObject updated = updatedMessage
                    .getJsonObject("payload")
                    .getJsonObject("data")
                    .getJsonObject("catalogueChanged");
            assertThat(updated.getJsonObject("change").getString("operation"), equalTo("UPDATE"));
            assertThat(updated.getJsonObject("record").getInteger("version"), equalTo(1));
            JsonObject deleted = subscriber
                    .next()
                    .getJsonObject("payload")
                    .getJsonObject("data")
                    .getJsonObject("catalogueChanged");
            assertThat(deleted.getJsonObject("change").getString("operation"), equalTo("DELETE"));
            assertThat(deleted.getJsonObject("change").getString("recordId"), equalTo(id));
            assertThat(deleted.getValue("record"), nullValue());
            assertThat("no further events", subscriber.poll(1, TimeUnit.SECONDS), nullValue());

            subscriber.send(new JsonObject().put("id", "1").put("type", "complete"));
        }
    }

    @Test
    void shouldKeepTheLegacyGraphQLWsProtocol() throws Exception {
        try (GraphQLSocket subscriber = GraphQLSocket.initialised(graphql, "graphql-ws")) {
            subscriber.send(new JsonObject()
                    .put("id", "7")
                    .put("type", "start")
                    .put(
                            "payload",
                            new JsonObject()
                                    .put("query", "subscription { catalogueChanged { change { operation } } }")));
            awaitSubscribed();
            ok(CREATE, Map.of("slug", "test-legacy"));
            JsonObject data = subscriber.next();
            assertThat(data.getString("type"), equalTo("data"));
            assertThat(
                    data.getJsonObject("payload")
                            .getJsonObject("data")
                            .getJsonObject("catalogueChanged")
                            .getJsonObject("change")
                            .getString("operation"),
                    equalTo("CREATE"));
        }
    }

    @Test
    void shouldCapOpenSubscriptionConnectionsPerClient() throws Exception {
        java.util.List<GraphQLSocket> open = new java.util.ArrayList<>();
        Integer refusedWith = null;
        try {
            for (int i = 0; i < 20 && refusedWith == null; i++) {
                try {
                    open.add(GraphQLSocket.connect(graphql, "graphql-transport-ws"));
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof java.net.http.WebSocketHandshakeException handshake) {
                        refusedWith = handshake.getResponse().statusCode();
                    } else {
                        throw e;
                    }
                }
            }
        } finally {
            open.forEach(GraphQLSocket::close);
        }
        assertThat(refusedWith, equalTo(429));
        assertThat("connections admitted before the cap", open.size() <= 10, equalTo(true));
    }

    @Test
    void shouldCapLiveSubscriptionsPerClient() throws Exception {
        String query = "subscription { catalogueChanged { change { operation } } }";
        List<GraphQLSocket> sockets = new java.util.ArrayList<>();
        int refused = 0;
        try {
            // 10 per connection (that connection cap is tested in SubscriptionSocketTest), 20 per client.
            for (int c = 0; c < 3; c++) {
                GraphQLSocket socket = GraphQLSocket.initialised(graphql);
                sockets.add(socket);
                for (int i = 1; i <= 10; i++) {
                    socket.subscribe("s" + i, query);
                }
                awaitSubscribed();
            }
            for (GraphQLSocket socket : sockets) {
                for (JsonObject message = socket.poll(1, TimeUnit.SECONDS);
                        message != null;
                        message = socket.poll(500, TimeUnit.MILLISECONDS)) {
                    if (message.encode().contains("Too many live subscriptions")) {
                        refused++;
                    }
                }
            }
        } finally {
            sockets.forEach(GraphQLSocket::close);
        }
        assertThat("refused subscriptions of 30 with a cap of 20", refused, greaterThanOrEqualTo(10));
        // Completed and closed subscriptions give their places back.
        long deadline = System.currentTimeMillis() + 10_000;
        while (limiter.held("127.0.0.1") > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(limiter.held("127.0.0.1"), equalTo(0));
    }

    /** The server registers a subscription asynchronously after `subscribe`; give it a moment. */
    private static void awaitSubscribed() throws InterruptedException {
        Thread.sleep(500);
    }
}
