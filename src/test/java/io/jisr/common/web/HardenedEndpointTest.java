package io.jisr.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With introspection, GraphiQL and the SDL endpoint switched off by configuration. */
@QuarkusTest
@TestProfile(HardenedEndpointTest.Hardened.class)
class HardenedEndpointTest {

    public static class Hardened implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.smallrye-graphql.field-visibility", "no-introspection",
                    "quarkus.smallrye-graphql.ui.enabled", "false",
                    "quarkus.smallrye-graphql.schema-available", "false");
        }
    }

    @Test
    void shouldRefuseIntrospectionButStillAnswerQueries() {
        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", "{ __schema { queryType { name } } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body(not(containsString("\"Query\"")));
        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", "{ sectors(first: 1) { totalCount } }"))
                .when().post("/graphql")
                .then().statusCode(200).body("data.sectors.totalCount", equalTo(14));
    }

    @Test
    void shouldNotServeGraphiQLOrTheSchema() {
        given().when().get("/q/graphql-ui/").then().statusCode(404);
        given().when().get("/graphql/schema.graphql").then().statusCode(404);
    }
}
