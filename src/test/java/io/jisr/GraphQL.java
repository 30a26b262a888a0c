package io.jisr;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** Test client: sends GraphQL requests over real HTTP to /graphql. */
public final class GraphQL {

    private GraphQL() {}

    public static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        return postAs(null, query, variables);
    }

    /** POST with {@code Authorization: Bearer token}; no header when the token is null. */
    public static ValidatableResponse postAs(String token, String query, Map<String, Object> variables) {
        var request = given().contentType(ContentType.JSON).accept(ContentType.JSON);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.body(new java.util.HashMap<>(Map.of("query", query, "variables", variables)))
                .when()
                .post("/graphql")
                .then();
    }

    /** POST with the given Accept-Language header. */
    public static ValidatableResponse postIn(String acceptLanguage, String query) {
        return given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .header("Accept-Language", acceptLanguage)
                .body(Map.of("query", query))
                .when()
                .post("/graphql")
                .then();
    }

    /** Runs a query that must succeed and returns the response for assertions on {@code data}. */
    public static ValidatableResponse ok(String query) {
        return post(query).statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
    }

    public static ValidatableResponse ok(String query, Map<String, Object> variables) {
        return post(query, variables).statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
    }

    /**
     * Sends {@code GET target} over a plain socket and returns the whole answer (status line, headers, body): HTTP
     * clients refuse to send malformed request targets.
     */
    public static String rawGet(String target) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.getOutputStream()
                    .write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json"
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Whether ISO-8601 instants, as the API returns them, run from newest to oldest. */
    public static boolean newestFirst(java.util.List<String> instants) {
        java.util.List<java.time.Instant> parsed =
                instants.stream().map(java.time.Instant::parse).toList();
        return parsed.equals(
                parsed.stream().sorted(java.util.Comparator.reverseOrder()).toList());
    }
}
