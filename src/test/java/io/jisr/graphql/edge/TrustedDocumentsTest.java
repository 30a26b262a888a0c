package io.jisr.graphql.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.jisr.AdminGraphQL;
import io.jisr.GraphQLSocket;
import io.jisr.common.security.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trusted-documents mode: only operations an administrator registered run, except for administrators. */
@QuarkusTest
@TestProfile(TrustedDocumentsTest.TrustedOnly.class)
class TrustedDocumentsTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    public static class TrustedOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jisr.persisted-queries.trusted-only", "true");
        }
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(body)
                .when()
                .post("/graphql")
                .then();
    }

    private static Map<String, Object> extensions(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    @Test
    void shouldRunOnlyRegisteredDocumentsByTextOrHash() {
        String trusted = "query Trusted { sectors(first: 3) { totalCount } }";
        String hash = PersistedQueries.sha256(trusted);
        post(Map.of("query", trusted))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_TRUSTED"))
                .body("data", nullValue());
        AdminGraphQL.ok(
                PersistedQueriesTest.REGISTER,
                Map.of("m", new JsonObject().put(hash, trusted).encode()));
        post(Map.of("query", trusted)).statusCode(200).body("data.sectors.totalCount", equalTo(14));
        post(Map.of("extensions", extensions(hash))).statusCode(200).body("data.sectors.totalCount", equalTo(14));
        given().accept(ContentType.JSON)
                .queryParam("extensions", new JsonObject(extensions(hash)).encode())
                .when()
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("data.sectors.totalCount", equalTo(14));
        // The same operation written differently is another document.
        post(Map.of("query", trusted.replace(" ", "  ")))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_TRUSTED"));
    }

    @Test
    void shouldRunOnlyRegisteredDocumentsOverWebSocketToo() throws Exception {
        String trusted = "query TrustedOverSocket { sectors(first: 4) { totalCount } }";
        String hash = PersistedQueries.sha256(trusted);
        try (GraphQLSocket socket = GraphQLSocket.initialised(graphql)) {
            socket.subscribe("untrusted", new JsonObject().put("query", trusted));
            assertThat(socket.errorCode("untrusted"), equalTo("PERSISTED_QUERY_NOT_TRUSTED"));
        }
        AdminGraphQL.ok(
                PersistedQueriesTest.REGISTER,
                Map.of("m", new JsonObject().put(hash, trusted).encode()));
        try (GraphQLSocket socket = GraphQLSocket.initialised(graphql)) {
            // By hash alone: the socket runs the registered document.
            socket.subscribe("byHash", new JsonObject().put("extensions", new JsonObject(extensions(hash))));
            JsonObject answer = socket.next();
            assertThat(answer.getString("type"), equalTo("next"));
            assertThat(
                    answer.getJsonObject("payload")
                            .getJsonObject("data")
                            .getJsonObject("sectors")
                            .getInteger("totalCount"),
                    equalTo(14));
        }
    }

    @Test
    void shouldNotLetClientsRegisterDocuments() {
        String query = "{ sectors(first: 2) { totalCount } } # client";
        String hash = PersistedQueries.sha256(query);
        post(Map.of("extensions", extensions(hash)))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        post(Map.of("query", query, "extensions", extensions(hash)))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_TRUSTED"));
        post(Map.of("extensions", extensions(hash)))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        // An editor's token does not lift the rule; an administrator's does (GraphiQL, tools).
        io.jisr.GraphQL.postAs(TestTokens.editor("trusted-editor"), query, Map.of())
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_TRUSTED"));
        AdminGraphQL.ok(query).body("data.sectors.totalCount", equalTo(14));
    }
}
