package io.jisr.graphql.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With an execution timeout no request can meet, every request ends in a clean 503. */
@QuarkusTest
@TestProfile(TimeoutTest.Impatient.class)
class TimeoutTest {

    public static class Impatient implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jisr.graphql.timeout", "1ms");
        }
    }

    @Test
    void shouldStopRequestsThatRunTooLong() {
        given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of(
                        "query",
                        "{ initiatives(first: 50) { edges { node { slug sectors { initiatives { slug } } "
                                + "partners { organisation { slug } } sources { url } } } } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(503)
                .body("errors[0].extensions.code", equalTo("TIMEOUT"));
    }
}
