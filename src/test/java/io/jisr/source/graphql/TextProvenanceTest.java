package io.jisr.source.graphql;

import static io.jisr.AdminGraphQL.ok;
import static io.jisr.AdminGraphQL.post;
import static io.jisr.TestMutations.CREATE_SECTOR;
import static io.jisr.TestMutations.UPDATE_SECTOR;
import static io.jisr.TestMutations.createSource;
import static io.jisr.TestMutations.expectError;
import static io.jisr.TestMutations.vars;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.jisr.TestMutations;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Where each name and title comes from, per language, through the API and the write path. */
@QuarkusTest
class TextProvenanceTest {

    private static final String SECTOR = """
            query($id: ID!) { node(id: $id) { ... on Sector {
              en: name(lang: EN) { text provenance { basis source { id } } }
              fr: name(lang: FR) { text language fallback provenance { basis source { id url quote } } }
              ar: name(lang: AR) { text provenance { basis source { id } } }
              nameTranslations { fr ar enProvenance { basis } frProvenance { basis source { id } }
                arProvenance { basis source { id } } }
              history(first: 10) { edges { node { changes { field oldValue newValue } } } } } } }""";

    @Test
    void shouldShowTheSourceOfASourcedTranslationAndLabelTheRestEditorial() {
        String source = createSource("provenance");
        String id = ok(
                        CREATE_SECTOR,
                        vars(
                                "input",
                                vars(
                                        "slug",
                                        "test-provenance",
                                        "nameEn",
                                        "Provenance",
                                        "nameFr",
                                        "Provenance (essai)",
                                        "nameFrSource",
                                        source,
                                        "nameAr",
                                        "المصدر")))
                .extract()
                .path("data.createSector.id");

        ok(SECTOR, vars("id", id))
                .body("data.node.fr.text", equalTo("Provenance (essai)"))
                .body("data.node.fr.provenance.basis", equalTo("SOURCED"))
                .body("data.node.fr.provenance.source.id", equalTo(source))
                .body("data.node.fr.provenance.source.quote", equalTo("«نص»"))
                .body("data.node.ar.text", equalTo("المصدر"))
                .body("data.node.ar.provenance.basis", equalTo("EDITORIAL"))
                .body("data.node.ar.provenance.source", nullValue())
                .body("data.node.en.provenance.basis", equalTo("EDITORIAL"))
                .body("data.node.nameTranslations.enProvenance.basis", equalTo("EDITORIAL"))
                .body("data.node.nameTranslations.frProvenance.basis", equalTo("SOURCED"))
                .body("data.node.nameTranslations.frProvenance.source.id", equalTo(source))
                .body("data.node.nameTranslations.arProvenance.basis", equalTo("EDITORIAL"));

        // An editor's new wording without a named source is editorial, and the history says the source went.
        ok(UPDATE_SECTOR, vars("id", id, "version", 0, "input", vars("nameFr", "Provenance (révisée)")));
        // Naming a source for the Arabic name makes it sourced.
        ok(UPDATE_SECTOR, vars("id", id, "version", 1, "input", vars("nameArSource", source)));
        ok(SECTOR, vars("id", id))
                .body("data.node.fr.provenance.basis", equalTo("EDITORIAL"))
                .body("data.node.fr.provenance.source", nullValue())
                .body("data.node.ar.provenance.basis", equalTo("SOURCED"))
                .body("data.node.ar.provenance.source.id", equalTo(source))
                .body(
                        "data.node.history.edges.node.changes.flatten().findAll { it.field == 'nameFrSource' }"
                                + ".oldValue",
                        hasItem(source))
                .body(
                        "data.node.history.edges.node.changes.flatten().findAll { it.field == 'nameArSource' }"
                                + ".newValue",
                        hasItem(source));

        // A source named as provenance cannot be deleted from under the text.
        expectError(
                post("mutation($id: ID!) { deleteSource(id: $id, version: 0) { id } }", vars("id", source)),
                "CONFLICT");
    }

    @Test
    void shouldFallBackWithTheProvenanceOfTheTextShown() {
        String source = createSource("fallback");
        String id = ok(
                        CREATE_SECTOR,
                        vars("input", vars("slug", "test-fallback", "nameEn", "Fallback", "nameEnSource", source)))
                .extract()
                .path("data.createSector.id");
        ok(SECTOR, vars("id", id))
                .body("data.node.fr.text", equalTo("Fallback"))
                .body("data.node.fr.language", equalTo("EN"))
                .body("data.node.fr.fallback", equalTo(true))
                .body("data.node.fr.provenance.basis", equalTo("SOURCED"))
                .body("data.node.fr.provenance.source.id", equalTo(source))
                .body("data.node.nameTranslations.frProvenance", nullValue());
    }

    @Test
    void shouldRefuseASourceForAnEmptyTextOrAnUnknownSource() {
        String source = createSource("refused");
        expectError(
                        post(
                                CREATE_SECTOR,
                                vars(
                                        "input",
                                        vars("slug", "test-refused", "nameEn", "Refused", "nameFrSource", source))),
                        "VALIDATION")
                .body("errors[0].extensions.fields[0].field", equalTo("nameFrSource"));
        expectError(
                        post(
                                CREATE_SECTOR,
                                vars(
                                        "input",
                                        vars(
                                                "slug",
                                                "test-refused",
                                                "nameEn",
                                                "Refused",
                                                "nameEnSource",
                                                "U291cmNlOjk5OTk5OQ"))),
                        "VALIDATION")
                .body("errors[0].extensions.fields[0].field", equalTo("nameEnSource"));
        ok("{ sectorBySlug(slug: \"test-refused\") { id } }").body("data.sectorBySlug", nullValue());
    }

    @Test
    void shouldKeepTheProvenanceOfInitiativeTitles() {
        String source = createSource("title");
        var input = TestMutations.initiativeInput("test-titled");
        input.put("titleAr", "عنوان");
        input.put("titleArSource", source);
        String id = ok(TestMutations.CREATE_INITIATIVE, vars("input", input))
                .extract()
                .path("data.createInitiative.id");
        ok("""
                query($id: ID!) { node(id: $id) { ... on Initiative {
                  ar: title(lang: AR) { text provenance { basis source { id } } }
                  en: title(lang: EN) { provenance { basis } }
                  summary(lang: EN) { provenance { basis } } } } }""", vars("id", id))
                .body("data.node.ar.text", equalTo("عنوان"))
                .body("data.node.ar.provenance.basis", equalTo("SOURCED"))
                .body("data.node.ar.provenance.source.id", equalTo(source))
                .body("data.node.en.provenance.basis", equalTo("EDITORIAL"));
    }
}
