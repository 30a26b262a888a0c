package io.jisr.graphql.cost;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jisr.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every answer says what its operation cost against the limit, as the check that refuses estimated it. */
@QuarkusTest
class CostExtensionTest {

    private static final int LIMIT = 10_000;

    @jakarta.inject.Inject
    ListSizes listSizes;

    @Test
    void shouldTellTheCostOfEveryAnswer() {
        // The connection (1); its count is a scalar, free.
        GraphQL.ok("{ sectors(first: 1) { totalCount } }")
                .body("extensions.cost.requested", equalTo(1))
                .body("extensions.cost.limit", equalTo(LIMIT));
        // The connection (1) + 3 edges, each with its node: the page multiplies the connection's items only.
        GraphQL.ok("{ sectors(first: 3) { totalCount edges { node { slug } } } }")
                .body("extensions.cost.requested", equalTo(7));
        // The same over GET, in the GraphQL-over-HTTP media type.
        given().accept("application/graphql-response+json")
                .queryParam("query", "{ sectors(first: 3) { totalCount edges { node { slug } } } }")
                .when()
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("extensions.cost.requested", equalTo(7))
                .body("extensions.cost.limit", equalTo(LIMIT));
    }

    @Test
    void shouldTellTheCostBesideErrors() {
        // A business error: the operation ran, and its answer has errors, data and the cost.
        GraphQL.post("{ dataCentres(filter: { near: { latitude: 10, longitude: 20, radiusKm: -1 } }) { totalCount } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("extensions.cost.requested", equalTo(1))
                .body("extensions.cost.limit", equalTo(LIMIT));
        // Refused for its cost: the figure the refusal names is the one in extensions.
        ExtractableResponse<Response> refused = GraphQL.post(
                        "{ initiatives(first: 100) { edges { node { sectors { initiatives { sectors { initiatives { slug } } } } } } } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("data", nullValue())
                .body("extensions.cost.requested", greaterThan(LIMIT))
                .body("extensions.cost.limit", equalTo(LIMIT))
                .extract();
        int requested = refused.path("extensions.cost.requested");
        assertEquals(
                true,
                refused.<String>path("errors[0].message").contains("estimated cost " + requested + " exceeds " + LIMIT),
                refused.asString());
        // Refused before it was priced (it does not parse): no cost to tell.
        GraphQL.post("{ sectors(first: 1) { totalCount ")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("extensions", nullValue());
    }

    @Test
    void shouldKeepTheCostInTheCachedBody() {
        String query = "{ sectors(first: 2) { edges { node { slug } } } }";
        byte[] first = get(query).header("ETag", notNullValue()).extract().asByteArray();
        byte[] again = get(query).extract().asByteArray();
        // The cost is the same for every client, so the cached body carries it unchanged.
        assertArrayEquals(first, again);
        assertEquals(
                true, new String(again, java.nio.charset.StandardCharsets.UTF_8).contains("\"cost\":{\"requested\":"));
    }

    private static io.restassured.response.ValidatableResponse get(String query) {
        return given().accept(ContentType.JSON)
                .queryParam("query", query)
                .when()
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("extensions.cost.requested", equalTo(5))
                .body("data.sectors.edges.size()", equalTo(2));
    }

    @Test
    void shouldPriceAPageSizeGivenInAVariable() {
        // A page size in a variable is priced as a literal one.
        GraphQL.ok("query Q($n: Int) { sectors(first: $n) { edges { node { slug } } } }", Map.of("n", 3))
                .body("extensions.cost.requested", equalTo(7));
    }

    @Test
    void shouldPriceAsTheCostDirectivesOfTheServedSchemaSay() {
        // A gateway that knows only the SDL and the cost specification computes the endpoint's own figures (pages
        // here hold no more than the rows that exist, where the endpoint would cap them).
        // Sizes measured now hold while this test runs: nothing writes meanwhile.
        listSizes.measure();
        SpecCost gateway = new SpecCost(given().when()
                .get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        for (String query : new String[] {
            "{ sectors(first: 3) { totalCount edges { cursor node { slug name { text } } } } }",
            "{ initiatives(first: 5) { edges { node { slug title { text } sectors { slug initiatives { slug } }"
                    + " partners { organisation { slug } } sources { url } } } } }",
            "{ initiatives(last: 2) { facets { statuses { value count filter { statuses } } sectors { count } }"
                    + " valueTotals { currency } timeline { buckets { period filter { kinds } } } } }",
            "{ dataCentres(first: 4) { capacity { status } geoJson { features { id geometry { coordinates } } }"
                    + " facets { cities { count } } edges { node { operator { slug } sectors { slug } } } } }",
            // Printing the SDL (above) must leave the running schema as it was: a type still matches itself.
            "query { a: sectors(first: 2) { ...s } b: organisations(first: 1) { totalCount } }"
                    + " fragment s on SectorConnection { edges { node { ... on Sector { slug } } } }"
        }) {
            int requested = GraphQL.ok(query).extract().path("extensions.cost.requested");
            assertEquals(gateway.of(query), requested, query);
        }
    }
}
