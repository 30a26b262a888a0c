package io.jisr.graphql.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jisr.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GraphQL over HTTP: methods, media types and status codes. */
@QuarkusTest
class GraphQLRoutesTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Test
    void shouldAnswerQueriesOverGet() {
        given().accept(ContentType.JSON)
                .queryParam("query", "{ sectors(first: 1) { totalCount } }")
                .when()
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("data.sectors.totalCount", equalTo(14));
        given().accept(ContentType.JSON)
                .queryParam("query", "query Q($s: String!) { sectorBySlug(slug: $s) { slug } }")
                .queryParam("variables", "{\"s\":\"cloud\"}")
                .when()
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("data.sectorBySlug.slug", equalTo("cloud"));
    }

    @Test
    void shouldRefuseMutationsOverGet() {
        given().accept(ContentType.JSON)
                .queryParam("query", "mutation { anything }")
                .when()
                .get("/graphql")
                .then()
                .statusCode(405)
                .header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        given().accept(ContentType.JSON)
                .queryParam("query", "query A { sectors { totalCount } } mutation B { x }")
                .queryParam("operationName", "B")
                .when()
                .get("/graphql")
                .then()
                .statusCode(405);
    }

    @Test
    void shouldAnswerQueriesOverPost() {
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of("query", "{ sectors(first: 1) { totalCount } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("data.sectors.totalCount", equalTo(14));
    }

    @Test
    void shouldUseGraphQLResponseMediaTypeWithFourHundredForRequestErrors() {
        given().contentType(ContentType.JSON)
                .accept(GRAPHQL_RESPONSE)
                .body(Map.of("query", "{ sectors { noSuchField } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(400)
                .contentType(startsWith(GRAPHQL_RESPONSE))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("data", nullValue());
        given().contentType(ContentType.JSON)
                .accept(GRAPHQL_RESPONSE)
                .body(Map.of("query", "{ sectors { "))
                .when()
                .post("/graphql")
                .then()
                .statusCode(400)
                .contentType(startsWith(GRAPHQL_RESPONSE))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
        // A variable that cannot be coerced is a request error too, found only when SmallRye runs the request.
        var coercion = given().contentType(ContentType.JSON)
                .accept(GRAPHQL_RESPONSE)
                .body(Map.of(
                        "query",
                        "query($f: Int) { sectors(first: $f) { totalCount } }",
                        "variables",
                        Map.of("f", 4294967297L)))
                .when()
                .post("/graphql");
        coercion.then()
                .statusCode(400)
                .contentType(startsWith(GRAPHQL_RESPONSE))
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        assertEquals("HTTP/1.1 400 Bad Request", coercion.statusLine());
        given().contentType(ContentType.JSON)
                .accept(GRAPHQL_RESPONSE)
                .body(Map.of("query", "{ sectors(first: 1) { totalCount } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .contentType(startsWith(GRAPHQL_RESPONSE));
    }

    @Test
    void shouldKeepTwoHundredForRequestErrorsUnderApplicationJson() {
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of("query", "{ sectors { noSuchField } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of("query", "{ sectors { "))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }

    @Test
    void shouldRefuseBodiesThatAreNotGraphQLRequests() {
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body("not json")
                .when()
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body("{\"query\": 42}")
                .when()
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body("{\"query\": \"{ sectors { totalCount } }\", \"variables\": [1]}")
                .when()
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void shouldAcceptTheRepeatedContentTypeGraphiQLSends() {
        given().header("Content-Type", "application/json, application/json")
                .accept(ContentType.JSON)
                .body("{\"query\": \"{ sectors(first: 1) { totalCount } }\"}".getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.sectors.totalCount", equalTo(14));
    }

    @Test
    void shouldRefuseRequestParametersOfTheWrongTypeWith400() {
        for (String operationName : new String[] {"{}", "7", "true", "[\"A\"]"}) {
            given().contentType(ContentType.JSON)
                    .accept(ContentType.JSON)
                    .body("{\"query\": \"query A { __typename }\", \"operationName\": " + operationName + "}")
                    .when()
                    .post("/graphql")
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("application/json"))
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                    .body("errors[0].message", containsString("operationName"));
        }
        for (String extensions : new String[] {"\"x\"", "7", "true", "[]"}) {
            given().contentType(ContentType.JSON)
                    .accept(GRAPHQL_RESPONSE)
                    .body("{\"query\": \"{ __typename }\", \"extensions\": " + extensions + "}")
                    .when()
                    .post("/graphql")
                    .then()
                    .statusCode(400)
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                    .body("errors[0].message", containsString("extensions"));
        }
        given().accept(ContentType.JSON)
                .queryParam("query", "{ __typename }")
                .queryParam("extensions", "x")
                .when()
                .get("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body("{\"query\": \"{ __typename }\", \"operationName\": null, \"extensions\": {}}")
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.__typename", equalTo("Query"));
    }

    @Test
    void shouldAnswerJsonWhenAcceptIsMissingOrAnything() throws Exception {
        given().contentType(ContentType.JSON)
                .accept("*/*")
                .body(Map.of("query", "{ __typename }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"));
        // java.net.http sends no Accept header unless told to.
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/graphql"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ __typename }\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
    }

    @Test
    void shouldRunOverGetExactlyTheDocumentItChecked() {
        // A `+` stays a plus: no sector name contains one.
        given().accept(ContentType.JSON)
                .queryParam("query", "{ sectors(filter: { search: \"+\" }) { totalCount } }")
                .when()
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.sectors.totalCount", equalTo(0));
        // A `%` is text, not the start of an escape.
        given().accept(ContentType.JSON)
                .queryParam("query", "{ sectors(filter: { search: \"100%\" }) { totalCount } }")
                .when()
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.sectors.totalCount", equalTo(0));
        given().accept(ContentType.JSON)
                .queryParam("query", "query($q: String) { sectors(filter: { search: $q }) { totalCount } }")
                .queryParam("variables", "{\"q\": \"50% + x\"}")
                .when()
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.sectors.totalCount", equalTo(0));
        // `%0A` inside a comment stays inside the comment: the hidden field is neither checked nor run.
        given().accept(ContentType.JSON)
                .queryParam("query", "{ __typename #%0A hidden: sectors(first: 100) { totalCount } \n}")
                .when()
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.__typename", equalTo("Query"))
                .body("data.hidden", nullValue());
    }

    @Test
    void shouldAnswerAGetWithoutQueryWithACodedError() {
        given().accept(ContentType.JSON)
                .when()
                .get("/graphql")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void shouldAnswerEveryRefusalAsCodedJson() throws Exception {
        for (String method : new String[] {"PUT", "PATCH", "DELETE"}) {
            given().contentType(ContentType.JSON)
                    .accept(ContentType.JSON)
                    .body(Map.of("query", "{ __typename }"))
                    .when()
                    .request(method, "/graphql")
                    .then()
                    .statusCode(405)
                    .header("Allow", "GET, POST")
                    .contentType(startsWith("application/json"))
                    .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        }
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body("{\"query\": \"{ sectors { totalCount } }" + " ".repeat(200 * 1024) + "\"}")
                .when()
                .post("/graphql")
                .then()
                .statusCode(413)
                .contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body("\uFEFF{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        // RFC 6750 allows several spaces after "Bearer".
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .header("Authorization", "Bearer  " + io.jisr.common.security.TestTokens.admin("spaces"))
                .body(Map.of("query", "mutation { deleteSector(id: \"U2VjdG9yOjQyNDI0Mg\", version: 0) { id } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void shouldRefuseUnreadableUrisWithCodedJson() throws Exception {
        // Sent over a plain socket: HTTP clients refuse to send these.
        for (String target : new String[] {"/graphql?query=%7B%20__typename%20%ZZ", "/graph%ZZql", "/q/health?x=%G1"}) {
            String answer = GraphQL.rawGet(target);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), target + ": " + answer);
            assertTrue(answer.contains("application/json"), answer);
            assertTrue(
                    answer.endsWith("{\"errors\":[{\"message\":\"The URL is not valid percent-encoding.\","
                            + "\"extensions\":{\"code\":\"BAD_REQUEST\"}}]}"),
                    answer);
        }
        String tooLong = GraphQL.rawGet("/graphql?query=" + "%20".repeat(12_000) + "%7B__typename%7D");
        assertTrue(tooLong.startsWith("HTTP/1.1 414 "), tooLong);
        assertTrue(tooLong.contains("\"code\":\"BAD_REQUEST\"") && tooLong.contains("POST body"), tooLong);
        // Just under the limit, the same kind of request runs.
        assertTrue(GraphQL.rawGet("/graphql?query=" + "%20".repeat(10_000) + "%7B__typename%7D")
                .contains("{\"data\":{\"__typename\":\"Query\"},\"extensions\":{\"cost\":"));
    }

    @Test
    void shouldLetGraphQLReportAnUnknownOperationNameOverGet() {
        given().accept(ContentType.JSON)
                .queryParam("query", "query A { __typename } query B { __typename }")
                .queryParam("operationName", "C")
                .when()
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", startsWith("GRAPHQL_"));
        given().accept(ContentType.JSON)
                .queryParam(
                        "query",
                        "query A { __typename } query B { ...F } "
                                + "fragment F on Query { sectors(first: 1) { totalCount } }")
                .queryParam("operationName", "B")
                .when()
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.sectors.totalCount", equalTo(14));
        // A fragment no operation uses makes the whole document invalid (GraphQL spec 5.5.1.4), whichever one runs.
        given().accept(ContentType.JSON)
                .queryParam(
                        "query",
                        "query A { __typename } query B { __typename } " + "fragment G on Query { __typename }")
                .queryParam("operationName", "B")
                .when()
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().accept(ContentType.JSON)
                .queryParam("query", "query A { __typename } mutation B { __typename }")
                .when()
                .get("/graphql")
                .then()
                .statusCode(405)
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void shouldRefuseFormAndPlainTextPosts() {
        given().contentType("text/plain")
                .accept(ContentType.JSON)
                .body("{\"query\": \"{ sectors { totalCount } }\"}")
                .when()
                .post("/graphql")
                .then()
                .statusCode(415)
                .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().contentType(ContentType.URLENC)
                .accept(ContentType.JSON)
                .formParam("query", "{ sectors { totalCount } }")
                .when()
                .post("/graphql")
                .then()
                .statusCode(415);
    }

    @Test
    void shouldReportInvalidArgumentsWithCodeAndNoInternals() {
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of("query", "{ initiatives(filter: { countries: [\"France\"] }) { totalCount } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.fields[0].field", equalTo("filter.countries.0"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("ISO 3166-1 alpha-2"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception")))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("System error")));
        String longSearch = "x".repeat(201);
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of(
                        "query",
                        "query($s: String) { sectors(filter: { search: $s }) { totalCount } }",
                        "variables",
                        Map.of("s", longSearch)))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of("query", "{ initiatives(filter: { statuses: [NOT_A_STATUS] }) { totalCount } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void shouldRefuseQueriesDeeperThanTheLimit() {
        // initiatives > edges > node, then sectors > initiatives alternating: 17 levels in all.
        String deep = "slug";
        for (int level = 0; level < 14; level++) {
            deep = (level % 2 == 0 ? "initiatives" : "sectors") + " { " + deep + " }";
        }
        deep = "initiatives { edges { node { " + deep + " } } }";
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of("query", "{ " + deep + " }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("depth"))
                .body("data", nullValue());
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of(
                        "query", "{ initiatives(first: 1) { edges { node { sectors { initiatives { slug } } } } } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue());
    }

    @Test
    void shouldAnswerCorsPreflightsForConfiguredOriginsOnly() {
        given().header("Origin", "https://app.jisr.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .when()
                .options("/graphql")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://app.jisr.example")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
        // What Apollo Client (client awareness) and tracing send, and revalidation, may be sent from a browser.
        given().header("Origin", "https://app.jisr.example")
                .header("Access-Control-Request-Method", "POST")
                .header(
                        "Access-Control-Request-Headers",
                        "content-type,apollographql-client-name,apollographql-client-version,traceparent,if-none-match")
                .when()
                .options("/graphql")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Headers", containsString("apollographql-client-name"))
                .header("Access-Control-Allow-Headers", containsString("apollographql-client-version"))
                .header("Access-Control-Allow-Headers", containsString("traceparent"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"));
        // And browser code may read the request id, the validator, the rate limit and when to retry.
        String exposed = given().header("Origin", "https://app.jisr.example")
                .accept(ContentType.JSON)
                .queryParam("query", "{ sectors(first: 1) { totalCount } }")
                .when()
                .get("/graphql")
                .then()
                .statusCode(200)
                .header("RateLimit", startsWith("\"per-client\";r="))
                .extract()
                .header("Access-Control-Expose-Headers");
        for (String header : new String[] {"X-Request-Id", "ETag", "Retry-After", "RateLimit", "RateLimit-Policy"}) {
            assertTrue(
                    java.util.Arrays.asList(exposed.split("\\s*,\\s*")).contains(header),
                    header + " not in " + exposed);
        }
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/graphql")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldRefuseOversizedBodiesAndTooManyTokens() {
        String padding = " ".repeat(200 * 1024);
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body("{\"query\": \"{ sectors { totalCount } }" + padding + "\"}")
                .when()
                .post("/graphql")
                .then()
                .statusCode(413);
        StringBuilder manyTokens = new StringBuilder("{ sectors { ");
        for (int i = 0; i < 3000; i++) {
            manyTokens.append("a").append(i).append(": totalCount ");
        }
        manyTokens.append("} }");
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of("query", manyTokens.toString()))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", containsString("token"));
    }

    private static io.restassured.response.ValidatableResponse postQuery(String query) {
        return given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of("query", query))
                .when()
                .post("/graphql")
                .then();
    }

    @Test
    void shouldRefuseAliasBombsAndRepeatedFields() {
        StringBuilder aliases = new StringBuilder("{ ");
        for (int i = 0; i < 31; i++) {
            aliases.append("a").append(i).append(": sectors(first: 1) { totalCount } ");
        }
        postQuery(aliases + "}")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].message", containsString("aliases"));
        postQuery("{ sectors(first: 1) { " + "totalCount ".repeat(11) + "} }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
        postQuery("{ sectors(first: 1) { " + "totalCount ".repeat(10) + "} }")
                .statusCode(200)
                .body("errors", nullValue());
    }

    @Test
    void shouldPriceNestedListsAsAProductOfTheirSizes() {
        postQuery(
                        "{ initiatives(first: 100) { edges { node { sectors { initiatives { sectors { initiatives { slug } } } } } } } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"))
                .body("errors[0].message", containsString("cost"))
                .body("data", nullValue());
        // The same shape is fine for a small page, and so is a wide but shallow page of 100.
        postQuery("{ initiatives(first: 1) { edges { node { sectors { initiatives { slug } } } } } }")
                .statusCode(200)
                .body("errors", nullValue());
        postQuery(
                        "{ initiatives(first: 100) { edges { node { slug sectors { slug } partners { organisation { slug } } } } } }")
                .statusCode(200)
                .body("errors", nullValue());
        // Variables count too.
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of(
                        "query",
                        "query($n: Int) { initiatives(first: $n) { edges { node { sectors { initiatives "
                                + "{ sectors { initiatives { slug } } } } } } } }",
                        "variables",
                        Map.of("n", 100)))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void shouldLetAMapPageOfAllDataCentresWithTheirRelationsThrough() {
        // What a map or list page asks for: every data centre with its operator, partners, sectors, initiatives with
        // their partners, and sources. Lists are priced by what the data holds, not by the page size alone.
        postQuery("""
                { dataCentres(first: 100) { totalCount edges { node { id slug name { text } status city
                    location { latitude longitude } operator { slug name { text } }
                    partners { slug name { text } } sectors { slug name { text } }
                    initiatives { slug title { text } status partners { actingFor organisation { slug name { text } } } }
                    sources { url publisher } } } } }""").statusCode(200).body("errors", nullValue()).body("data.dataCentres.edges", hasSize(33));
    }

    @Test
    void shouldSurviveFragmentCycles() {
        postQuery("query { sectors { ...A } } fragment A on SectorConnection { totalCount ...B } "
                        + "fragment B on SectorConnection { ...A }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void shouldRefuseBatchedRequests() {
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body("[{\"query\": \"{ sectors { totalCount } }\"}, {\"query\": \"{ sectors { totalCount } }\"}]")
                .when()
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void shouldServeGraphiQLHealthAndSchema() {
        given().when().get("/q/graphql-ui/").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    }
}
