package io.jisr.graphql.cache;

import static io.jisr.TestMutations.UPDATE_SECTOR;
import static io.jisr.TestMutations.createSector;
import static io.jisr.TestMutations.vars;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.jisr.AdminGraphQL;
import io.jisr.common.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HTTP caching of public reads: validators, 304, Vary, and what is never cacheable. */
@QuarkusTest
class HttpCachingTest {

    private static final String PUBLIC = "public, max-age=60, stale-while-revalidate=30";

    private static Response get(String query, Map<String, String> headers) {
        return given().accept(ContentType.JSON)
                .headers(headers)
                .queryParam("query", query)
                .when()
                .get("/graphql");
    }

    @Test
    void shouldTagPublicGetAnswersAndAnswer304ForTheCurrentTag() {
        String query = "{ sectorBySlug(slug: \"cloud\") { slug } } # etag";
        Response first = get(query, Map.of());
        first.then()
                .statusCode(200)
                .header("ETag", matchesPattern("\"[0-9a-f]{32}\""))
                .header("Cache-Control", equalTo(PUBLIC))
                .header("Vary", equalTo("Accept, Accept-Language, Authorization"));
        String tag = first.header("ETag");
        // Asked again with the tag: once as it runs (a miss), once from the read cache (a hit).
        for (int i = 0; i < 2; i++) {
            get(query, Map.of("If-None-Match", tag))
                    .then()
                    .statusCode(304)
                    .body(emptyString())
                    .header("ETag", tag)
                    .header("Cache-Control", PUBLIC);
        }
        get(query, Map.of())
                .then()
                .statusCode(200)
                .header("ETag", tag)
                .body("data.sectorBySlug.slug", equalTo("cloud"));
        get(query, Map.of("If-None-Match", "\"0123\"")).then().statusCode(200).header("ETag", tag);
    }

    @Test
    void shouldChangeTheTagOfAnAffectedAnswerAfterACommittedChange() {
        String id = createSector("test-http-cache");
        String query = "{ sectorBySlug(slug: \"test-http-cache\") { nameTranslations { en } } }";
        String before = get(query, Map.of()).then().statusCode(200).extract().header("ETag");
        get(query, Map.of("If-None-Match", before)).then().statusCode(304);
        AdminGraphQL.ok(UPDATE_SECTOR, vars("id", id, "version", 0, "input", vars("nameEn", "Renamed")));
        Response after = get(query, Map.of("If-None-Match", before));
        after.then().statusCode(200).body("data.sectorBySlug.nameTranslations.en", equalTo("Renamed"));
        assertThat(after.header("ETag"), not(equalTo(before)));
    }

    @Test
    void shouldNeverMarkPrivateFailedOrPostedAnswersCacheable() {
        String query = "{ sectors(first: 1) { totalCount } } # private";
        get(query, Map.of("Authorization", "Bearer " + TestTokens.editor("http-cache")))
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("ETag", nullValue());
        get("{ sectorBySlug(slug: \"cloud\") { noSuchField } }", Map.of())
                .then()
                .header("Cache-Control", "no-store")
                .header("ETag", nullValue());
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of("query", query))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .header("ETag", nullValue())
                .header("Cache-Control", nullValue());
    }

    /**
     * A shared cache in front, as CDNs behave: it keys by URL and the request headers {@code Vary} names, stores only
     * {@code public} answers, and revalidates an expired entry with {@code If-None-Match}.
     */
    @Test
    void shouldKeepASharedCacheFromMixingUsersOrServingStaleAnswers() {
        String id = createSector("test-shared-cache");
        String query = "{ sectorBySlug(slug: \"test-shared-cache\") { nameTranslations { en } } }";
        SharedCache cdn = new SharedCache();
        Map<String, String> anonymous = Map.of();
        Map<String, String> editor = Map.of("Authorization", "Bearer " + TestTokens.editor("shared-cache"));

        assertThat(
                cdn.get(query, anonymous).path("data.sectorBySlug.nameTranslations.en"),
                equalTo("Test test-shared-cache"));
        assertThat(cdn.stored(), equalTo(1));
        // A user with a token never gets the stored answer (Authorization is in Vary), and theirs is never stored.
        Response personal = cdn.get(query, editor);
        assertThat(cdn.servedFromStore, equalTo(false));
        assertThat(personal.header("Cache-Control"), containsString("no-store"));
        assertThat(cdn.stored(), equalTo(1));

        AdminGraphQL.ok(UPDATE_SECTOR, vars("id", id, "version", 0, "input", vars("nameEn", "Changed")));
        cdn.expireAll();
        assertThat(cdn.get(query, anonymous).path("data.sectorBySlug.nameTranslations.en"), equalTo("Changed"));
        assertThat(cdn.revalidatedWith304, equalTo(false));
        // Unchanged since: revalidation is a 304 and the stored answer is served.
        cdn.expireAll();
        assertThat(cdn.get(query, anonymous).path("data.sectorBySlug.nameTranslations.en"), equalTo("Changed"));
        assertThat(cdn.revalidatedWith304, equalTo(true));
    }

    private static final class SharedCache {
        private record Entry(Response response, String etag, boolean fresh) {}

        private final Map<String, Entry> entries = new HashMap<>();
        boolean servedFromStore;
        boolean revalidatedWith304;

        Response get(String query, Map<String, String> headers) {
            String key = query + "|" + headers.getOrDefault("Authorization", "") + "|"
                    + headers.getOrDefault("Accept-Language", "");
            Entry entry = entries.get(key);
            servedFromStore = false;
            revalidatedWith304 = false;
            if (entry != null && entry.fresh()) {
                servedFromStore = true;
                return entry.response();
            }
            Map<String, String> sent = new HashMap<>(headers);
            if (entry != null) {
                sent.put("If-None-Match", entry.etag());
            }
            Response response = HttpCachingTest.get(query, sent);
            if (response.statusCode() == 304 && entry != null) {
                revalidatedWith304 = true;
                servedFromStore = true;
                entries.put(key, new Entry(entry.response(), entry.etag(), true));
                return entry.response();
            }
            String control = response.header("Cache-Control");
            assertThat(response.header("Vary"), containsString("Authorization"));
            if (control != null && control.contains("public") && response.statusCode() == 200) {
                entries.put(key, new Entry(response, response.header("ETag"), true));
            } else {
                entries.remove(key);
            }
            return response;
        }

        int stored() {
            return entries.size();
        }

        void expireAll() {
            entries.replaceAll((key, entry) -> new Entry(entry.response(), entry.etag(), false));
        }
    }
}
