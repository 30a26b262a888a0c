package io.jisr.common.paging;

import static io.jisr.GraphQL.ok;
import static io.jisr.GraphQL.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile text in filters and look-ups: it is data, never SQL, and never a server error. */
@QuarkusTest
class InputSafetyTest {

    private static final String SEARCH = "query($q: String) { initiatives(filter: { search: $q }) { totalCount } }";
    private static final String BY_SLUG = "query($s: String!) { initiativeBySlug(slug: $s) { slug } }";

    @Test
    void shouldTreatSqlMetacharactersAsText() {
        for (String hostile : new String[] {
            "' OR '1'='1",
            "'; DROP TABLE initiative; --",
            "\\",
            "%%",
            "_",
            "\" OR 1=1 --",
            "!",
            "/* */",
            "x' UNION SELECT slug FROM organisation --"
        }) {
            ok(SEARCH, Map.of("q", hostile)).body("data.initiatives.totalCount", equalTo(0));
            ok(BY_SLUG, Map.of("s", hostile)).body("data.initiativeBySlug", nullValue());
        }
        ok(SEARCH, Map.of()).body("data.initiatives.totalCount", equalTo(22));
    }

    @Test
    void shouldRefuseOverlongFilterTextAndSurviveOverlongLookups() {
        post(SEARCH, Map.of("q", "x".repeat(201)))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        ok(SEARCH, Map.of("q", "x".repeat(200))).body("data.initiatives.totalCount", equalTo(0));
        ok(BY_SLUG, Map.of("s", "x".repeat(50_000))).body("data.initiativeBySlug", nullValue());
    }

    @Test
    void shouldHandleUnicodeEdgeCases() {
        // Right-to-left mark and Arabic letter mark around Arabic text, combining accents, emoji.
        for (String text : new String[] {"\u200Fالذكاء\u200F", "\u061C\u202Eabc", "e\u0301\u0301\u0301", "🛰️"}) {
            post(SEARCH, Map.of("q", text)).statusCode(200).body("errors", nullValue());
        }
        ok("query($q: String) { sectors(filter: { search: $q }) { edges { node { slug } } } }", Map.of("q", "الذكاء"))
                .body("data.sectors.edges[0].node.slug", equalTo("ai"));
        post(SEARCH, Map.of("q", "abc\uD800def"))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post(SEARCH, Map.of("q", "\uDC00"))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        // PostgreSQL cannot store NUL: it is refused before it reaches the database.
        post(SEARCH, Map.of("q", "a\u0000b"))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        ok(BY_SLUG, Map.of("s", "ai\u0000")).body("data.initiativeBySlug", nullValue());
        ok(BY_SLUG, Map.of("s", "\uD800")).body("data.initiativeBySlug", nullValue());
    }

    @Test
    void shouldRefuseNumbersOutsideTheirTypeInsteadOfWrappingThem() {
        for (String query : new String[] {
            "{ sectors(first: 4294967297) { totalCount } }",
            "{ dataCentres(filter: { yearTo: 4294969321 }) { totalCount } }"
        }) {
            post(query)
                    .statusCode(200)
                    .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                    .body("errors", org.hamcrest.Matchers.hasSize(1))
                    .body("data", nullValue());
        }
        post("query($n: Int) { sectors(first: $n) { totalCount } }", Map.of("n", 4294967297L))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors", org.hamcrest.Matchers.hasSize(1));
        // A float beyond the double range, on an anonymous mutation: the value is refused before anything runs.
        post("mutation { createDataCentre(input: { slug: \"test-far\", nameEn: \"Far\", country: \"SA\", "
                        + "status: PLANNED, confidence: LOW, latitude: 1e309, longitude: 1 }) { id } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors", org.hamcrest.Matchers.hasSize(1));
        post("mutation { createDataCentre(input: { slug: \"test-far\", nameEn: \"Far\", country: \"SA\", "
                        + "status: PLANNED, confidence: LOW, latitude: 91, longitude: 1 }) { id } }")
                .statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void shouldWordAWrongValueInTheSchemasTerms() {
        // A value SmallRye finds invalid while the field runs: one error, not a second INTERNAL for the null it leaves.
        post("{ history(filter: { to: \"soon\" }) { totalCount } }")
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.hasSize(1))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.not(equalTo("INTERNAL")));
        post("{ history(filter: \"x\") { totalCount } }")
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.hasSize(1))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body(
                        "errors[0].message",
                        equalTo("Argument 'filter' has a value of the wrong type: it must be an object type."));
    }
}
