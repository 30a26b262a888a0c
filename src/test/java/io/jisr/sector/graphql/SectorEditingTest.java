package io.jisr.sector.graphql;

import static io.jisr.AdminGraphQL.ok;
import static io.jisr.AdminGraphQL.post;
import static io.jisr.TestMutations.CREATE_SECTOR;
import static io.jisr.TestMutations.UPDATE_SECTOR;
import static io.jisr.TestMutations.expectError;
import static io.jisr.TestMutations.vars;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Editing sectors over GraphQL: create, partial update, delete. */
@QuarkusTest
class SectorEditingTest {

    @Test
    void shouldKeepTheSearchFoldingUpToDateOnCreateAndUpdate() {
        String search = "query($q: String) { sectors(first: 5, filter: {search: $q}) { edges { node { slug } } } }";
        var created = ok(
                        CREATE_SECTOR,
                        vars(
                                "input",
                                vars(
                                        "slug",
                                        "test-advanced-security",
                                        "nameEn",
                                        "Advanced security",
                                        "nameAr",
                                        "الأمن المتقدّم")))
                .extract();
        String id = created.path("data.createSector.id");
        ok(search, vars("q", "الامن المتقدم")).body("data.sectors.edges.node.slug", contains("test-advanced-security"));
        ok(UPDATE_SECTOR, vars("id", id, "version", 0, "input", vars("nameFr", "Sécurité avancée")));
        ok(search, vars("q", "securite avancee"))
                .body("data.sectors.edges.node.slug", contains("test-advanced-security"));
        ok(UPDATE_SECTOR, vars("id", id, "version", 1, "input", vars("nameAr", null)));
        ok(search, vars("q", "الامن المتقدم")).body("data.sectors.edges", org.hamcrest.Matchers.empty());
        // The derived column is not an edit of its own in the history.
        ok(
                        "query($id: ID!) { node(id: $id) { ... on Sector { history(first: 5) { edges { node { changes { field } } } } } } }",
                        vars("id", id))
                .body(
                        "data.node.history.edges.node.changes.field.flatten()",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("searchText")));
    }

    @Test
    void shouldCreateUpdateAndDeleteASectorWithPartialUpdates() {
        var created = ok(
                        CREATE_SECTOR,
                        vars("input", vars("slug", "test-robotics", "nameEn", "Robotics", "nameAr", "الروبوتات")))
                .body("data.createSector.version", equalTo(0))
                .extract();
        String id = created.path("data.createSector.id");
        // Absent fields stay; sent fields change.
        ok(UPDATE_SECTOR, vars("id", id, "version", 0, "input", vars("nameFr", "Robotique")))
                .body("data.updateSector.version", equalTo(1))
                .body("data.updateSector.nameTranslations.en", equalTo("Robotics"))
                .body("data.updateSector.nameTranslations.fr", equalTo("Robotique"))
                .body("data.updateSector.nameTranslations.ar", equalTo("الروبوتات"));
        // An explicit null clears an optional field.
        ok(UPDATE_SECTOR, vars("id", id, "version", 1, "input", vars("nameAr", null)))
                .body("data.updateSector.version", equalTo(2))
                .body("data.updateSector.nameTranslations.ar", nullValue())
                .body("data.updateSector.nameTranslations.fr", equalTo("Robotique"));
        // An explicit null on a required field is refused.
        expectError(post(UPDATE_SECTOR, vars("id", id, "version", 2, "input", vars("nameEn", null))), "VALIDATION")
                .body("errors[0].extensions.fields[0].field", equalTo("nameEn"));
        ok("mutation($id: ID!) { deleteSector(id: $id, version: 2) { id type } }", vars("id", id))
                .body("data.deleteSector.id", equalTo(id))
                .body("data.deleteSector.type", equalTo("SECTOR"));
        ok("{ sectorBySlug(slug: \"test-robotics\") { id } }").body("data.sectorBySlug", nullValue());
    }
}
