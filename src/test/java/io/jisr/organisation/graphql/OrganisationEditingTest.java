package io.jisr.organisation.graphql;

import static io.jisr.AdminGraphQL.ok;
import static io.jisr.TestMutations.createOrganisation;
import static io.jisr.TestMutations.vars;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Editing organisations over GraphQL. */
@QuarkusTest
class OrganisationEditingTest {

    @Test
    void shouldCreateUpdateAndDeleteAnOrganisation() {
        String id = createOrganisation("test-org");
        ok(
                        "mutation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, version: 0, input: $input) "
                                + "{ version acronym website type } }",
                        vars(
                                "id",
                                id,
                                "input",
                                vars("acronym", "TO", "website", "https://example.org", "type", "START_UP")))
                .body("data.updateOrganisation.version", equalTo(1))
                .body("data.updateOrganisation.type", equalTo("START_UP"))
                .body("data.updateOrganisation.website", equalTo("https://example.org"));
        ok("mutation($id: ID!) { deleteOrganisation(id: $id, version: 1) { id } }", vars("id", id));
        ok("{ organisationBySlug(slug: \"test-org\") { id } }").body("data.organisationBySlug", nullValue());
    }
}
