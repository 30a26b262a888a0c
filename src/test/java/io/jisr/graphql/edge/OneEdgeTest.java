package io.jisr.graphql.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

import io.jisr.GraphQLSocket;
import io.jisr.common.security.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * One edge, two transports: every hostile request the HTTP tests send is sent as a POST body and as the payload of a
 * {@code graphql-transport-ws} operation, and both must be refused with the same code (a harmless one passes both).
 * The rate limit and trusted-documents mode, which need settings of their own, are checked the same way in
 * {@code HardenedEndpointTest} and {@code TrustedDocumentsTest}.
 */
@QuarkusTest
class OneEdgeTest {

    private record Case(String name, JsonObject payload, String code) {}

    private static final String FIRST_SECTOR = "{ sectors(first: 1) { totalCount } }";

    private static JsonObject query(String query) {
        return new JsonObject().put("query", query);
    }

    private static JsonObject persisted(String hash) {
        return new JsonObject()
                .put("persistedQuery", new JsonObject().put("version", 1).put("sha256Hash", hash));
    }

    private static final List<Case> CASES = List.of(
            new Case("a harmless query", query(FIRST_SECTOR), null),
            new Case("a syntax error", query("{ sectors(first: 1) { totalCount }"), "GRAPHQL_PARSE_FAILED"),
            new Case(
                    "more tokens than the parser takes",
                    query("{ sectors(first: 1) { " + "totalCount ".repeat(6000) + "} }"),
                    "GRAPHQL_PARSE_FAILED"),
            new Case(
                    "one field selected 3,000 times",
                    query("{ sectors(first: 1) { " + "totalCount ".repeat(3000) + "} }"),
                    "QUERY_TOO_COMPLEX"),
            new Case("31 aliases", query(aliases(31)), "QUERY_TOO_COMPLEX"),
            new Case(
                    "16 levels deep",
                    query("{ initiatives(first: 1) { edges { node { " + "sectors { initiatives { ".repeat(6) + "slug"
                            + " } }".repeat(6) + " } } } }"),
                    "QUERY_TOO_COMPLEX"),
            new Case(
                    "an estimated cost over the limit",
                    query("{ initiatives(first: 100) { edges { node { sectors { initiatives { sectors { initiatives "
                            + "{ slug } } } } } } } }"),
                    "QUERY_TOO_COMPLEX"),
            new Case(
                    "an unknown persisted query",
                    new JsonObject().put("extensions", persisted("0".repeat(64))),
                    "PERSISTED_QUERY_NOT_FOUND"),
            new Case(
                    "a persisted hash that is not its document's",
                    query(FIRST_SECTOR).put("extensions", persisted("1".repeat(64))),
                    "PERSISTED_QUERY_HASH_MISMATCH"),
            new Case(
                    "a persisted-query entry of an unknown version",
                    query(FIRST_SECTOR)
                            .put(
                                    "extensions",
                                    new JsonObject().put("persistedQuery", new JsonObject().put("version", 2))),
                    "BAD_REQUEST"),
            new Case(
                    "variables that are not an object",
                    query(FIRST_SECTOR).put("variables", new JsonArray().add(1)),
                    "BAD_REQUEST"),
            new Case("no query", new JsonObject(), "BAD_REQUEST"),
            new Case(
                    "a mutation without a token",
                    query("mutation { createSector(input: { slug: \"test-one-edge\", nameEn: \"One edge\" }) { id } }"),
                    "UNAUTHENTICATED"));

    private static String aliases(int count) {
        StringBuilder query = new StringBuilder("{ ");
        for (int i = 0; i < count; i++) {
            query.append("a").append(i).append(": sectors(first: 1) { totalCount } ");
        }
        return query.append("}").toString();
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void shouldRefuseEveryHostileRequestWithTheSameCodeOverHttpAndWebSocket() throws Exception {
        for (Case c : CASES) {
            String overHttp = given().contentType(ContentType.JSON)
                    .accept(ContentType.JSON)
                    .body(c.payload().encode())
                    .when()
                    .post("/graphql")
                    .then()
                    .extract()
                    .path("errors[0].extensions.code");
            assertThat(c.name() + " over HTTP", overHttp, equalTo(c.code()));
            try (GraphQLSocket socket = GraphQLSocket.initialised(graphql)) {
                socket.subscribe("op", c.payload());
                assertThat(c.name() + " over WebSocket", socket.errorCode("op"), equalTo(c.code()));
            }
        }
    }

    @Test
    void shouldRefuseAnInvalidTokenOnTheConnectionAsOnAnyRequest() throws Exception {
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + TestTokens.expired())
                .body(query(FIRST_SECTOR).encode())
                .when()
                .post("/graphql")
                .then()
                .statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(
                ExecutionException.class,
                () -> GraphQLSocket.connect(graphql, "graphql-transport-ws", TestTokens.expired()));
        assertThat(refused.getCause(), instanceOf(WebSocketHandshakeException.class));
        assertThat(
                ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode(), equalTo(401));
        // A valid token opens the connection, and its operations run as that client.
        try (GraphQLSocket socket =
                GraphQLSocket.initialised(graphql, "graphql-transport-ws", TestTokens.editor("one-edge"))) {
            socket.subscribe("op", query(FIRST_SECTOR));
            assertThat(socket.errorCode("op"), equalTo(null));
        }
    }
}
