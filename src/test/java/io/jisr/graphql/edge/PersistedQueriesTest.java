package io.jisr.graphql.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Automatic persisted queries as Apollo Client performs them, over POST and GET. */
@QuarkusTest
class PersistedQueriesTest {

    @Inject
    PersistedQueries persistedQueries;

    @Inject
    DataSource dataSource;

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> extensions(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(body)
                .when()
                .post("/graphql")
                .then();
    }

    private static ValidatableResponse get(String query, String hash) {
        var request =
                given().accept(ContentType.JSON).queryParam("extensions", new JsonObject(extensions(hash)).encode());
        if (query != null) {
            request.queryParam("query", query);
        }
        return request.when().get("/graphql").then();
    }

    private static void expectNotFound(ValidatableResponse response) {
        response.statusCode(200)
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"))
                .body("data", nullValue());
    }

    @Test
    void shouldRegisterThenRunByHashOverPost() throws Exception {
        String query = "query Sectors($n: Int) { sectors(first: $n) { totalCount } } # post";
        String hash = sha256(query);
        Map<String, Object> variables = Map.of("n", 2);
        expectNotFound(post(Map.of("extensions", extensions(hash), "variables", variables)));
        post(Map.of("query", query, "extensions", extensions(hash), "variables", variables))
                .statusCode(200)
                .body("data.sectors.totalCount", equalTo(14));
        post(Map.of("extensions", extensions(hash), "variables", variables, "operationName", "Sectors"))
                .statusCode(200)
                .body("data.sectors.totalCount", equalTo(14))
                .body("errors", nullValue());
    }

    @Test
    void shouldRegisterThenRunByHashOverGet() throws Exception {
        String query = "{ sectorBySlug(slug: \"cloud\") { slug } } # get";
        String hash = sha256(query);
        expectNotFound(get(null, hash));
        get(query, hash).statusCode(200).body("data.sectorBySlug.slug", equalTo("cloud"));
        get(null, hash).statusCode(200).body("data.sectorBySlug.slug", equalTo("cloud"));
    }

    @Test
    void shouldRefuseADocumentThatDoesNotHaveItsHashAndRegisterNothing() throws Exception {
        String query = "{ sectors(first: 1) { totalCount } } # mismatch";
        String otherHash = sha256(query + " ");
        post(Map.of("query", query, "extensions", extensions(otherHash)))
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_HASH_MISMATCH"));
        expectNotFound(post(Map.of("extensions", extensions(otherHash))));
    }

    @Test
    void shouldRefuseMalformedEntriesWithACode() {
        for (Object entry : new Object[] {
            Map.of("version", 2, "sha256Hash", "a".repeat(64)),
            Map.of("version", 1, "sha256Hash", "NOT-A-HASH"),
            Map.of("version", 1),
            "hash"
        }) {
            post(Map.of("extensions", Map.of("persistedQuery", entry)))
                    .statusCode(400)
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
    }

    @Test
    void shouldNotRegisterADocumentTheLimitsRefuse() throws Exception {
        String query = "{ a: sectors(first: 1) { totalCount } b: sectors(first: 1) { totalCount } "
                + "c: sectors(first: 1) { totalCount } d: sectors(first: 1) { totalCount } }";
        String deep =
                "{ sectors { edges { node { initiatives { sectors { initiatives { sectors { initiatives { sectors "
                        + "{ initiatives { sectors { initiatives { sectors { initiatives { slug } } } } } } } } } } } } } } }";
        String hash = sha256(deep);
        post(Map.of("query", deep, "extensions", extensions(hash)))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
        expectNotFound(post(Map.of("extensions", extensions(hash))));
        post(Map.of("query", query, "extensions", extensions(sha256(query))))
                .statusCode(200)
                .body("data.d.totalCount", equalTo(14));
    }

    @Test
    void shouldKeepDocumentsInTheDatabaseAcrossARestartWithinItsBound() throws Exception {
        String query = "{ sectors(first: 3) { totalCount } } # restart";
        String hash = sha256(query);
        post(Map.of("query", query, "extensions", extensions(hash))).statusCode(200);
        awaitStored(hash);
        persistedQueries.forgetCopies();
        post(Map.of("extensions", extensions(hash))).statusCode(200).body("data.sectors.totalCount", equalTo(14));

        for (int i = 0; i < 30; i++) {
            String filler = "{ sectors(first: 1) { totalCount } } # filler " + i;
            post(Map.of("query", filler, "extensions", extensions(sha256(filler))))
                    .statusCode(200);
        }
        String last = sha256("{ sectors(first: 1) { totalCount } } # filler 29");
        // Writes run off the event loop; each one trims the table after its insert.
        await(() -> count("select count(*) from persisted_query where hash = '" + last + "'") == 1
                && count("select count(*) from persisted_query") <= 20);
        assertThat(count("select count(*) from persisted_query"), lessThanOrEqualTo(20L));
        // The oldest registrations went first: the one from before the fillers is gone from the database.
        persistedQueries.forgetCopies();
        expectNotFound(post(Map.of("extensions", extensions(hash))));
    }

    private void awaitStored(String hash) throws Exception {
        await(() -> count("select count(*) from persisted_query where hash = '" + hash + "'") == 1);
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(Condition condition) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.holds()) {
            assertThat("within 10 s", System.currentTimeMillis() < deadline, equalTo(true));
            Thread.sleep(20);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    static final String REGISTER = "mutation($m: String!) { registerTrustedDocuments(manifest: $m) }";

    @Test
    void shouldLoadManifestsInBothFormatsAllOrNoneForAdminsOnly() throws Exception {
        String apollo = "query ApolloManifest { sectors(first: 4) { totalCount } }";
        String codegen = "query CodegenManifest { sectors(first: 5) { totalCount } }";
        JsonObject apolloManifest = new JsonObject()
                .put("format", "apollo-persisted-query-manifest")
                .put("version", 1)
                .put(
                        "operations",
                        new io.vertx.core.json.JsonArray()
                                .add(new JsonObject()
                                        .put("id", sha256(apollo))
                                        .put("name", "ApolloManifest")
                                        .put("type", "query")
                                        .put("body", apollo)));
        io.jisr.AdminGraphQL.ok(REGISTER, Map.of("m", apolloManifest.encode()))
                .body("data.registerTrustedDocuments", equalTo(1));
        post(Map.of("extensions", extensions(sha256(apollo))))
                .statusCode(200)
                .body("data.sectors.totalCount", equalTo(14));

        String unknown = "{ sectors(first: 6) { totalCount } } # not loaded";
        JsonObject bad = new JsonObject().put(sha256(codegen), codegen).put(sha256(unknown), unknown + " ");
        io.jisr.AdminGraphQL.post(REGISTER, Map.of("m", bad.encode()))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.fields[0].field", equalTo("manifest"));
        // All or none: the valid entry of the refused manifest was not stored either.
        expectNotFound(post(Map.of("extensions", extensions(sha256(codegen)))));
        for (String notAManifest : new String[] {"[]", "{}", "{\"x\": 1}", "not json"}) {
            io.jisr.AdminGraphQL.post(REGISTER, Map.of("m", notAManifest))
                    .statusCode(200)
                    .body("errors[0].extensions.code", equalTo("VALIDATION"));
        }
        io.jisr.GraphQL.postAs(
                        io.jisr.common.security.TestTokens.editor("manifest-editor"),
                        REGISTER,
                        Map.of(
                                "m",
                                new JsonObject().put(sha256(codegen), codegen).encode()))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        io.jisr.AdminGraphQL.ok(
                        REGISTER,
                        Map.of(
                                "m",
                                new JsonObject().put(sha256(codegen), codegen).encode()))
                .body("data.registerTrustedDocuments", equalTo(1));
        // The client preset's newer form names the algorithm before the hash; requests carry the hex alone.
        String prefixed = "query PrefixedManifest { sectors(first: 7) { totalCount } }";
        io.jisr.AdminGraphQL.ok(
                        REGISTER,
                        Map.of(
                                "m",
                                new JsonObject()
                                        .put("sha256:" + sha256(prefixed), prefixed)
                                        .encode()))
                .body("data.registerTrustedDocuments", equalTo(1));
        post(Map.of("extensions", extensions(sha256(prefixed))))
                .statusCode(200)
                .body("data.sectors.totalCount", equalTo(14));
        persistedQueries.forgetCopies();
        post(Map.of("extensions", extensions(sha256(codegen))))
                .statusCode(200)
                .body("data.sectors.totalCount", equalTo(14));
        // Manifest documents (the three loaded above) are not subject to the bound on documents clients register.
        for (int i = 0; i < 25; i++) {
            String filler = "{ sectors(first: 2) { totalCount } } # manifest filler " + i;
            post(Map.of("query", filler, "extensions", extensions(sha256(filler))))
                    .statusCode(200);
        }
        String last = sha256("{ sectors(first: 2) { totalCount } } # manifest filler 24");
        await(() -> count("select count(*) from persisted_query where hash = '" + last + "'") == 1
                && count("select count(*) from persisted_query where origin = 'apq'") <= 20);
        assertThat(count("select count(*) from persisted_query where origin = 'manifest'"), equalTo(3L));
    }
}
