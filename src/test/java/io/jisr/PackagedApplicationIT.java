package io.jisr;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.jisr.common.security.Roles;
import io.jisr.common.security.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged artefact (the jar, or the native executable with -Dnative) on a fresh database: it migrates and
 * seeds itself, reports ready, serves the catalogue and accepts an authenticated edit.
 */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
class PackagedApplicationIT {

    @Test
    void shouldReportReadyWithItsDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    }

    @Test
    void shouldAnswerAMalformedUriWithACodedError() throws Exception {
        // JisrMain, the packaged entry point, lets such requests reach the service instead of an empty 400.
        String answer = GraphQL.rawGet("/graphql?query=%7B__typename%ZZ");
        org.junit.jupiter.api.Assertions.assertTrue(answer.startsWith("HTTP/1.1 400 ")
                && answer.contains("\"code\":\"BAD_REQUEST\""), answer);
    }

    @Test
    void shouldServeTheSeededCatalogue() {
        GraphQL.post("""
                { sectors(first: 1) { totalCount }
                  initiatives(first: 3) { totalCount edges { node { id title(lang: FR) { text requested }
                    sectors { slug } partners { role organisation { slug } } sources { url } } } }
                  dataCentres(first: 1) { totalCount } organisations(first: 1) { totalCount } }""")
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.sectors.totalCount", equalTo(14))
                .body("data.initiatives.totalCount", equalTo(19))
                .body("data.initiatives.edges", hasSize(3))
                .body("data.initiatives.edges[0].node.title.requested", equalTo("FR"))
                .body("data.dataCentres.totalCount", equalTo(26))
                .body("data.organisations.totalCount", equalTo(54));
        String id = GraphQL.post("{ sectorBySlug(slug: \"digital-health\") { id } }")
                .extract().path("data.sectorBySlug.id");
        GraphQL.post("query($id: ID!) { node(id: $id) { ... on Sector { slug } } }", Map.of("id", id))
                .body("data.node.slug", equalTo("digital-health"));
    }

    @FreshDatabase.DataDirectory
    Path dataDirectory;

    /**
     * Signs with the development key pair the application created in its data directory at start, as DevToken does;
     * the application trusts it without a restart. (The test key of the other tests is not configured here.)
     */
    private String developmentToken(String subject) throws Exception {
        Path privatePem = dataDirectory.resolve("dev-jwt/private.pem");
        String body = Files.readString(privatePem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        return TestTokens.signedWith(key, "https://jisr.local/dev", subject, Set.of(Roles.EDITOR));
    }

    @Test
    void shouldAcceptAnAuthenticatedEditAndRecordItsActor() throws Exception {
        String create = "mutation($slug: String!) { createOrganisation(input: { slug: $slug, nameEn: \"IT Lab\", "
                + "type: OTHER }) { id history { edges { node { operation actor } } } } }";
        String slug = "it-" + UUID.randomUUID().toString().substring(0, 8);
        GraphQL.post(create, Map.of("slug", slug)).statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.postAs(developmentToken("it-editor"), create, Map.of("slug", slug)).statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.createOrganisation.id", notNullValue())
                .body("data.createOrganisation.history.edges[0].node.operation", equalTo("CREATE"))
                .body("data.createOrganisation.history.edges[0].node.actor", equalTo("it-editor"));
        GraphQL.post("query($slug: String!) { organisationBySlug(slug: $slug) { name { text } } }", Map.of("slug", slug))
                .body("data.organisationBySlug.name.text", equalTo("IT Lab"));
    }
}
