package io.jisr.common.security;

import static io.jisr.GraphQL.postAs;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads are public; mutations need a valid bearer JWT with the right role. */
@QuarkusTest
@QuarkusTestResource(TestTokens.class)
class SecurityTest {

    private static final String CREATE_ORG = "mutation($slug: String!) { createOrganisation(input: "
            + "{ slug: $slug, nameEn: \"Secure\", type: OTHER }) { id version history { edges { node { actor } } } } }";

    @Test
    void shouldRefuseMutationsWithoutAValidTokenAsUnauthenticated() {
        for (String token : new String[] {
            null, "not-a-jwt", "a.b.c", TestTokens.expired(), TestTokens.wrongIssuer(), TestTokens.wrongKey()
        }) {
            postAs(token, CREATE_ORG, Map.of("slug", "test-secure"))
                    .statusCode(401)
                    .header("WWW-Authenticate", "Bearer")
                    .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                    .body("data", nullValue());
        }
        postAs(null, "{ organisationBySlug(slug: \"test-secure\") { id } }", Map.of())
                .statusCode(200)
                .body("data.organisationBySlug", nullValue());
    }

    @Test
    void shouldKeepReadsPublicButRefuseBrokenCredentials() {
        for (String token : new String[] {null, TestTokens.editor("reader"), TestTokens.noRole("reader")}) {
            postAs(token, "{ sectors(first: 1) { totalCount } }", Map.of())
                    .statusCode(200)
                    .body("data.sectors.totalCount", equalTo(14));
        }
        // Presenting a bad token is an error even for a read, so a client learns its credentials are wrong.
        for (String token : new String[] {"not-a-jwt", TestTokens.expired()}) {
            postAs(token, "{ sectors(first: 1) { totalCount } }", Map.of())
                    .statusCode(401)
                    .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        }
    }

    @Test
    void shouldLetEditorsEditButNotDeleteOrManageSectors() {
        String editor = TestTokens.editor("test-editor");
        String id = postAs(editor, CREATE_ORG, Map.of("slug", "test-by-editor"))
                .statusCode(200)
                .body("data.createOrganisation.history.edges[0].node.actor", equalTo("test-editor"))
                .extract()
                .path("data.createOrganisation.id");
        postAs(editor, "mutation($id: ID!) { deleteOrganisation(id: $id, version: 0) { id } }", Map.of("id", id))
                .statusCode(403)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        postAs(
                        editor,
                        "mutation { createSector(input: { slug: \"test-editor-sector\", nameEn: \"x\" }) { id } }",
                        Map.of())
                .statusCode(403)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        postAs(TestTokens.noRole("test-reader"), CREATE_ORG, Map.of("slug", "test-no-role"))
                .statusCode(403)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldLetAdminsDeleteAndManageSectors() {
        String admin = TestTokens.admin("test-admin-2");
        String id = postAs(admin, CREATE_ORG, Map.of("slug", "test-by-admin"))
                .statusCode(200)
                .extract()
                .path("data.createOrganisation.id");
        postAs(admin, "mutation($id: ID!) { deleteOrganisation(id: $id, version: 0) { id } }", Map.of("id", id))
                .statusCode(200)
                .body("data.deleteOrganisation.id", equalTo(id));
        postAs(
                        admin,
                        "mutation { createSector(input: { slug: \"test-admin-sector\", nameEn: \"x\" }) { slug } }",
                        Map.of())
                .statusCode(200)
                .body("data.createSector.slug", equalTo("test-admin-sector"));
    }
}
