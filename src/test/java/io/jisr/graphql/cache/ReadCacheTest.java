package io.jisr.graphql.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.jisr.AdminGraphQL;
import io.jisr.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Repeated anonymous reads are answered from memory, never stale after a change, never across languages or users. */
@QuarkusTest
class ReadCacheTest {

    private static final String SECTOR = "query($slug: String!) { sectorBySlug(slug: $slug) { id version "
            + "name { text language } createdAt updatedAt } }";

    @Inject
    SessionFactory sessions;

    @Inject
    ReadCache cache;

    private static Response read(String acceptLanguage, String token, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).accept(ContentType.JSON);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.body(body).when().post("/graphql");
    }

    private long hits() {
        return ((Number) cache.figures().getData().orElseThrow().get("hits")).longValue();
    }

    @Test
    void shouldAnswerARepeatedDashboardFromMemoryWithoutAStatement() {
        Map<String, Object> body = Map.of(
                "query",
                "{ initiatives(first: 10, filter: { statuses: [SIGNED] }) { totalCount facets { statuses { value count "
                        + "label(lang: FR) { text } filter { statuses } } sectors { value count } } valueTotals { "
                        + "currency sum } timeline(interval: YEAR) { undated buckets { period exact } } edges { node "
                        + "{ slug } } } dataCentres(first: 20) { capacity { status capacityMw { sum } } geoJson { "
                        + "features { geometry { coordinates } properties { name status } } } } }");
        String first = read(null, null, body).then().statusCode(200).extract().asString();
        assertThat(first.contains("\"errors\""), equalTo(false));
        read(null, null, body);
        long hitsBefore = hits();
        sessions.getStatistics().clear();
        assertThat(read(null, null, body).asString(), equalTo(first));
        assertThat(hits(), equalTo(hitsBefore + 1));
        assertThat(sessions.getStatistics().getPrepareStatementCount(), equalTo(0L));
    }

    @Test
    void shouldAnswerARepeatedQueryFromMemoryWithTheSameBytesAndNoStatement() {
        Map<String, Object> body = Map.of("query", SECTOR, "variables", Map.of("slug", "cloud"));
        String first = read(null, null, body).then().statusCode(200).extract().asString();
        long hitsBefore = hits();
        // The second time it is asked for, the answer is kept; it is served from the third.
        read(null, null, body);
        assertThat(hits(), equalTo(hitsBefore));
        sessions.getStatistics().clear();
        Response second = read(null, null, body);
        assertThat(second.statusCode(), equalTo(200));
        assertThat(second.contentType(), equalTo("application/json"));
        assertThat(second.asString(), equalTo(first));
        assertThat(hits(), equalTo(hitsBefore + 1));
        assertThat(sessions.getStatistics().getPrepareStatementCount(), equalTo(0L));
        // The other media type is another answer, with its own Content-Type.
        given().contentType(ContentType.JSON)
                .accept("application/graphql-response+json")
                .body(body)
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .contentType(equalTo("application/graphql-response+json"));
    }

    @Test
    void shouldNeverServeAnAnswerFromBeforeACommittedChange() {
        // A sector of its own, so the catalogue other tests read stays as it was.
        String slug = "cache-" + System.nanoTime();
        String id = AdminGraphQL.ok(
                        "mutation($input: SectorInput!) { createSector(input: $input) { id } }",
                        Map.of("input", Map.of("slug", slug, "nameEn", "Before")))
                .extract()
                .path("data.createSector.id");
        Map<String, Object> body = Map.of("query", SECTOR, "variables", Map.of("slug", slug));
        try {
            read(null, null, body);
            read(null, null, body);
            long hitsBefore = hits();
            assertThat(read(null, null, body).path("data.sectorBySlug.name.text"), equalTo("Before"));
            assertThat("served from the cache", hits(), equalTo(hitsBefore + 1));
            AdminGraphQL.ok(
                    "mutation($id: ID!) { updateSector(id: $id, version: 0, input: { nameEn: \"After\" }) "
                            + "{ version } }",
                    Map.of("id", id));
            assertThat(read(null, null, body).path("data.sectorBySlug.name.text"), equalTo("After"));
        } finally {
            AdminGraphQL.ok("mutation($id: ID!) { deleteSector(id: $id, version: 1) { id } }", Map.of("id", id));
        }
        assertThat(read(null, null, body).path("data.sectorBySlug"), equalTo(null));
    }

    @Test
    void shouldKeepAnswersApartByLanguage() {
        Map<String, Object> body = Map.of("query", SECTOR, "variables", Map.of("slug", "ai"));
        for (int i = 0; i < 3; i++) {
            assertThat(read("en", null, body).path("data.sectorBySlug.name.language"), equalTo("EN"));
            assertThat(read("fr", null, body).path("data.sectorBySlug.name.language"), equalTo("FR"));
        }
    }

    @Test
    void shouldNotCacheAuthenticatedRequestsErrorsOrMutations() {
        Map<String, Object> body = Map.of("query", SECTOR, "variables", Map.of("slug", "cybersecurity"));
        read(null, io.jisr.common.security.TestTokens.admin("cache"), body);
        read(null, io.jisr.common.security.TestTokens.admin("cache"), body);
        long hitsBefore = hits();
        read(null, io.jisr.common.security.TestTokens.admin("cache"), body);
        assertThat("with credentials", hits(), equalTo(hitsBefore));
        Map<String, Object> failing = Map.of("query", "{ sectors(first: 1000) { totalCount } }");
        for (int i = 0; i < 3; i++) {
            read(null, null, failing).then().body("errors[0].extensions.code", not(equalTo(null)));
        }
        assertThat("with errors", hits(), equalTo(hitsBefore));
        for (int i = 0; i < 3; i++) {
            GraphQL.post("mutation { deleteSector(id: \"U2VjdG9yOjQyNDI0Mg\", version: 0) { id } }");
        }
        assertThat("mutations", hits(), equalTo(hitsBefore));
    }
}
