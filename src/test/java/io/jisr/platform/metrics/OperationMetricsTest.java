package io.jisr.platform.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.jisr.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Prometheus metrics at /q/metrics move with the requests that should move them. */
@QuarkusTest
class OperationMetricsTest {

    private static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the first series of {@code name} whose labels include every one of {@code labels}. */
    private static double value(String metrics, String name, String... labels) {
        Matcher line = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)( # .*)?$", Pattern.MULTILINE)
                .matcher(metrics);
        while (line.find()) {
            boolean all = true;
            for (String label : labels) {
                all &= line.group(1).contains(label);
            }
            if (all) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }

    @Test
    void shouldCountOperationsByTypeNameAndOutcomeWithDurations() {
        String before = scrape();
        GraphQL.ok("query MetricsProbe { sectors(first: 1) { totalCount } }");
        GraphQL.post(
                "query MetricsFailure { sectorBySlug(slug: \"cloud\") { slug } initiatives(first: 500) { totalCount } }");
        String after = scrape();
        String[] ok = {"type=\"query\"", "name=\"MetricsProbe\"", "outcome=\"ok\""};
        assertThat(
                value(after, "jisr_graphql_operations_seconds_count", ok)
                        - value(before, "jisr_graphql_operations_seconds_count", ok),
                equalTo(1.0));
        assertThat(
                value(after, "jisr_graphql_operations_seconds_bucket", "name=\"MetricsProbe\"", "le=\"+Inf\""),
                greaterThan(0.0));
        String[] failed = {"name=\"MetricsFailure\"", "outcome=\"BAD_USER_INPUT\""};
        assertThat(
                value(after, "jisr_graphql_operations_seconds_count", failed)
                        - value(before, "jisr_graphql_operations_seconds_count", failed),
                equalTo(1.0));
    }

    @Test
    void shouldCountRefusalsCacheAndPersistedQueryLookUps() {
        String before = scrape();
        GraphQL.post("{ " + "x: sectors(first: 1) { totalCount } ".repeat(1)
                + String.join(
                        " ",
                        java.util.stream.IntStream.range(0, 40)
                                .mapToObj(i -> "a" + i + ": __typename")
                                .toList())
                + " }");
        String repeated = "{ sectors(first: 2) { totalCount } } # metrics cache";
        for (int i = 0; i < 3; i++) {
            GraphQL.ok(repeated);
        }
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of(
                        "extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "b".repeat(64)))))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200);
        String after = scrape();
        assertThat(
                value(after, "jisr_graphql_refusals_total", "code=\"QUERY_TOO_COMPLEX\"")
                        - value(before, "jisr_graphql_refusals_total", "code=\"QUERY_TOO_COMPLEX\""),
                equalTo(1.0));
        assertThat(
                value(after, "jisr_read_cache_requests_total", "result=\"hit\"")
                        - value(before, "jisr_read_cache_requests_total", "result=\"hit\""),
                equalTo(1.0));
        assertThat(
                value(after, "jisr_persisted_queries_total", "result=\"miss\"")
                        - value(before, "jisr_persisted_queries_total", "result=\"miss\""),
                equalTo(1.0));
        assertThat(
                value(after, "jisr_graphql_refusals_total", "code=\"PERSISTED_QUERY_NOT_FOUND\"")
                        - value(before, "jisr_graphql_refusals_total", "code=\"PERSISTED_QUERY_NOT_FOUND\""),
                equalTo(1.0));
    }

    @Test
    void shouldExposeSubscriptionConnectionAndPoolGauges() {
        String metrics = scrape();
        assertThat(metrics.contains("\njisr_subscriptions_live "), equalTo(true));
        assertThat(metrics.contains("\njisr_websocket_connections "), equalTo(true));
        assertThat(metrics.contains("agroal_active_count"), equalTo(true));
    }
}
