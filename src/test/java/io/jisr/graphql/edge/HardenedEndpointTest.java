package io.jisr.graphql.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With introspection, GraphiQL and the SDL endpoint switched off, a tight rate limit and short socket timeouts. */
@QuarkusTest
@TestProfile(HardenedEndpointTest.Hardened.class)
class HardenedEndpointTest {

    @io.quarkus.test.common.http.TestHTTPResource("/graphql")
    java.net.URI graphql;

    public static class Hardened implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.smallrye-graphql.field-visibility", "no-introspection",
                    "quarkus.smallrye-graphql.ui.enabled", "false",
                    "quarkus.smallrye-graphql.schema-available", "false",
                    "jisr.rate-limit.requests-per-minute", "5",
                    "jisr.rate-limit.burst", "5",
                    "jisr.subscriptions.connection-init-timeout", "1S",
                    "jisr.subscriptions.idle-timeout", "2S",
                    "jisr.persisted-queries.enabled", "false");
        }
    }

    @Test
    void shouldRefuseIntrospectionButStillAnswerQueries() {
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of("query", "{ __schema { queryType { name } } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body(not(containsString("\"Query\"")));
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of("query", "{ sectors(first: 1) { totalCount } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.sectors.totalCount", equalTo(14));
    }

    @Test
    void shouldLimitRequestsPerClientWithRetryAfter() {
        // Clients are told apart by token subject: this one has a bucket of its own.
        String token = io.jisr.common.security.TestTokens.editor("rate-" + java.util.UUID.randomUUID());
        // Five requests a minute, all at once: the bucket holds 5 and regains one every 12 s.
        java.util.Set<String> bodies = new java.util.HashSet<>();
        for (int i = 0; i < 5; i++) {
            bodies.add(io.jisr.GraphQL.postAs(token, "{ sectors(first: 1) { totalCount } }", Map.of())
                    .statusCode(200)
                    .header("RateLimit-Policy", "\"per-client\";q=5;w=60")
                    .header("RateLimit", "\"per-client\";r=" + (4 - i) + ";t=" + 12 * (i + 1))
                    .extract()
                    .asString());
        }
        // The client's state is in the headers only: the bodies (cached after the first) are the same.
        org.junit.jupiter.api.Assertions.assertEquals(1, bodies.size(), bodies.toString());
        io.jisr.GraphQL.postAs(token, "{ sectors(first: 1) { totalCount } }", Map.of())
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .header("RateLimit-Policy", "\"per-client\";q=5;w=60")
                .header("RateLimit", org.hamcrest.Matchers.startsWith("\"per-client\";r=0;t="))
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
        // Another client is unaffected.
        io.jisr.GraphQL.postAs(
                        io.jisr.common.security.TestTokens.editor("rate-other-" + java.util.UUID.randomUUID()),
                        "{ sectors(first: 1) { totalCount } }",
                        Map.of())
                .statusCode(200);
    }

    @Test
    void shouldCountOperationsOverWebSocketAgainstTheSameAllowance() throws Exception {
        String token = io.jisr.common.security.TestTokens.editor("rate-socket-" + java.util.UUID.randomUUID());
        // Three of the client's five over HTTP, two over WebSocket: the sixth request, on either, is one too many.
        for (int i = 0; i < 3; i++) {
            io.jisr.GraphQL.postAs(token, "{ sectors(first: 1) { totalCount } }", Map.of())
                    .statusCode(200);
        }
        try (io.jisr.GraphQLSocket socket = io.jisr.GraphQLSocket.initialised(graphql, "graphql-transport-ws", token)) {
            for (int i = 0; i < 2; i++) {
                socket.subscribe(
                        "ok" + i,
                        new io.vertx.core.json.JsonObject().put("query", "{ sectors(first: 1) { totalCount } }"));
                org.junit.jupiter.api.Assertions.assertNull(socket.errorCode("ok" + i));
            }
            socket.subscribe(
                    "over", new io.vertx.core.json.JsonObject().put("query", "{ sectors(first: 1) { totalCount } }"));
            org.junit.jupiter.api.Assertions.assertEquals("RATE_LIMITED", socket.errorCode("over"));
        }
        io.jisr.GraphQL.postAs(token, "{ sectors(first: 1) { totalCount } }", Map.of())
                .statusCode(429)
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
    }

    @Test
    void shouldNotServeGraphiQLOrTheSchema() {
        given().when().get("/q/graphql-ui/").then().statusCode(404);
        given().when().get("/graphql/schema.graphql").then().statusCode(404);
    }

    @Test
    void shouldSayPersistedQueriesAreNotSupportedWhenSwitchedOff() {
        String token = io.jisr.common.security.TestTokens.editor("apq-" + java.util.UUID.randomUUID());
        Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "a".repeat(64)));
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .auth()
                .oauth2(token)
                .body(Map.of("extensions", extensions))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].message", equalTo("PersistedQueryNotSupported"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_SUPPORTED"));
        // A document sent with a hash simply runs: the hash is not checked or stored.
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .auth()
                .oauth2(token)
                .body(Map.of("query", "{ sectors(first: 1) { totalCount } }", "extensions", extensions))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.sectors.totalCount", equalTo(14));
    }
}
