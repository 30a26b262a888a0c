package io.jisr.research.graphql;

import static io.jisr.AdminGraphQL.ok;
import static io.jisr.AdminGraphQL.post;
import static io.jisr.TestMutations.CREATE_SECTOR;
import static io.jisr.TestMutations.UPDATE_SECTOR;
import static io.jisr.TestMutations.createSource;
import static io.jisr.TestMutations.expectError;
import static io.jisr.TestMutations.vars;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jisr.GraphQLSocket;
import io.jisr.TestRecords;
import io.jisr.common.security.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Importing research: the bundled research at start, and the importResearch mutation over HTTP. */
@QuarkusTest
class ResearchGraphQLApiTest {

    private static final String IMPORT = """
            mutation($name: String!, $research: String!, $dryRun: Boolean) {
              importResearch(name: $name, research: $research, dryRun: $dryRun) {
                name dryRun created updated unchanged conflicting
                records { kind slug id outcome fields { field oldValue newValue outcome } } } }""";

    private static final String SECTOR = """
            query($slug: String!) { sectorBySlug(slug: $slug) { version
              nameTranslations { fr ar frProvenance { basis source { url quote } } arProvenance { basis } }
              sources { url }
              history(first: 10) { edges { node { actor changes { field } } } } } }""";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void shouldStartWithEveryNameAndTitleInThreeLanguagesWithItsProvenance() {
        String names = "nameTranslations { en fr ar enProvenance { basis } frProvenance { basis } "
                + "arProvenance { basis } }";
        var body = ok("{ initiatives(first: 100) { edges { node { slug titleTranslations { en fr ar enProvenance "
                + "{ basis } frProvenance { basis } arProvenance { basis } } } } } "
                + "dataCentres(first: 100) { edges { node { slug " + names + " } } } "
                + "organisations(first: 100) { edges { node { slug " + names + " } } } "
                + "sectors(first: 100) { edges { node { slug " + names + " } } } }").extract().jsonPath();
        for (String list : List.of("initiatives", "dataCentres", "organisations", "sectors")) {
            String translations = list.equals("initiatives") ? "titleTranslations" : "nameTranslations";
            for (String field : List.of("en", "fr", "ar", "enProvenance.basis", "frProvenance.basis", "arProvenance.basis")) {
                List<Object> values = body.getList("data." + list + ".edges.node." + translations + "." + field);
                assertThat(list + " " + field, values, everyItem(notNullValue()));
            }
        }
        // Seen in a source: the provenance names it, and its quote shows the text.
        ok("{ organisationBySlug(slug: \"health-holding-company\") { name(lang: AR) { text provenance { basis "
                + "source { quote } } } history(first: 10) { edges { node { actor } } } } }")
                .body("data.organisationBySlug.name.text", equalTo("الصحة القابضة"))
                .body("data.organisationBySlug.name.provenance.basis", equalTo("SOURCED"))
                .body("data.organisationBySlug.name.provenance.source.quote", containsString("الصحة القابضة"))
                .body("data.organisationBySlug.history.edges.node.actor",
                        hasItem("import research-2026-11"));
        // A short display title is editorial; the record cites the source of the long phrase it replaces.
        ok("{ initiativeBySlug(slug: \"seha-gustave-roussy-2025\") { title(lang: AR) { text provenance { basis } } "
                + "sources { quote } } }")
                .body("data.initiativeBySlug.title.text", containsString("Gustave Roussy"))
                .body("data.initiativeBySlug.title.provenance.basis", equalTo("EDITORIAL"))
                .body("data.initiativeBySlug.sources.quote", hasItem(containsString("بين مستشفى Seha Virtual Hospital")));
    }

    @Test
    void shouldReportADryRunApplyInOneGoAndChangeNothingTheSecondTime() throws Exception {
        ok(CREATE_SECTOR, vars("input", vars("slug", "test-imported", "nameEn", "Imported")));
        String research = research(
                List.of(entry("sector", "test-imported", "fr", "Importé").put("url", TestRecords.SOURCE_URL + "research")
                        .put("publisher", "Test").put("publishedOn", "2025-04-19").put("quote", "… Importé …")),
                List.of(entry("sector", "test-imported", "ar", "مستورد").put("basis", "editorial")));

        ok(IMPORT, vars("name", "test-research", "research", research, "dryRun", true))
                .body("data.importResearch.dryRun", equalTo(true))
                .body("data.importResearch.created", equalTo(2))
                .body("data.importResearch.records[0].slug", equalTo("test-imported"))
                .body("data.importResearch.records[0].outcome", equalTo("UPDATED"))
                .body("data.importResearch.records[0].fields.find { it.field == 'nameFr' }.newValue", equalTo("Importé"))
                .body("data.importResearch.records[0].fields.find { it.field == 'nameFrSource' }.newValue",
                        equalTo(TestRecords.SOURCE_URL + "research"));
        ok(SECTOR, vars("slug", "test-imported")).body("data.sectorBySlug.nameTranslations.fr", nullValue())
                .body("data.sectorBySlug.version", equalTo(0));

        try (GraphQLSocket subscriber = GraphQLSocket.initialised(graphql)) {
            subscriber.subscribe("1", "subscription { catalogueChanged(types: [SECTOR]) { change { actor recordId } } }");
            Thread.sleep(500);
            ok(IMPORT, vars("name", "test-research", "research", research, "dryRun", false))
                    .body("data.importResearch.dryRun", equalTo(false))
                    .body("data.importResearch.created", equalTo(2));
            JsonObject event = subscriber.next().getJsonObject("payload").getJsonObject("data")
                    .getJsonObject("catalogueChanged").getJsonObject("change");
            assertThat(event.getString("actor"), equalTo("import test-research by test-admin"));
        }
        ok(SECTOR, vars("slug", "test-imported"))
                .body("data.sectorBySlug.nameTranslations.fr", equalTo("Importé"))
                .body("data.sectorBySlug.nameTranslations.frProvenance.basis", equalTo("SOURCED"))
                .body("data.sectorBySlug.nameTranslations.frProvenance.source.quote", equalTo("… Importé …"))
                .body("data.sectorBySlug.nameTranslations.ar", equalTo("مستورد"))
                .body("data.sectorBySlug.nameTranslations.arProvenance.basis", equalTo("EDITORIAL"))
                .body("data.sectorBySlug.sources.url", hasItem(TestRecords.SOURCE_URL + "research"))
                .body("data.sectorBySlug.history.edges.node.actor", hasItem("import test-research by test-admin"));
        int version = ok(SECTOR, vars("slug", "test-imported")).extract().path("data.sectorBySlug.version");

        ok(IMPORT, vars("name", "test-research", "research", research, "dryRun", false))
                .body("data.importResearch.created", equalTo(0))
                .body("data.importResearch.updated", equalTo(0))
                .body("data.importResearch.unchanged", equalTo(2))
                .body("data.importResearch.records[0].outcome", equalTo("UNCHANGED"));
        ok(SECTOR, vars("slug", "test-imported")).body("data.sectorBySlug.version", equalTo(version));
    }

    @Test
    void shouldStartWithTheResearchUpdatesAndItsDoubtsVisible() {
        ok("{ initiativeBySlug(slug: \"pasqal-aramco-quantum\") { date { text precision } sources { url } } }")
                .body("data.initiativeBySlug.date.text", equalTo("2024-05-22"))
                .body("data.initiativeBySlug.date.precision", equalTo("DAY"))
                .body("data.initiativeBySlug.sources.url", hasItem(containsString("cedire.fr")));
        // A possible duplicate stays a doubt in the conflict note; nothing is merged.
        ok("{ dataCentreBySlug(slug: \"saudi-call-crownland\") { conflictNote } }")
                .body("data.dataCentreBySlug.conflictNote", containsString("Desert Dragon"))
                .body("data.dataCentreBySlug.conflictNote", containsString("Tier rating"));
        ok("{ dataCentreBySlug(slug: \"sdaia-hexagon\") { city } }")
                .body("data.dataCentreBySlug.city", containsString("Salbukh"));
    }

    @Test
    void shouldApplyAnUpdateOnlyOverTheValueTheResearchSaw() {
        ok(io.jisr.TestMutations.CREATE_INITIATIVE, vars("input", io.jisr.TestMutations.initiativeInput("test-updated")));
        JsonObject source = new JsonObject().put("url", TestRecords.SOURCE_URL + "update").put("quote", "« 12 mai »");
        String update = new JsonObject().put("updates", new JsonArray().add(new JsonObject().put("kind", "initiative")
                .put("id", "test-updated").put("field", "date").putNull("old").put("new", "2025-05-12")
                .put("source", source))).encode();
        ok(IMPORT, vars("name", "test-research", "research", update, "dryRun", false))
                .body("data.importResearch.created", equalTo(1))
                .body("data.importResearch.records[0].fields.find { it.field == 'date' }.newValue", equalTo("2025-05-12"));
        ok("{ initiativeBySlug(slug: \"test-updated\") { date { text precision } sources { quote } } }")
                .body("data.initiativeBySlug.date.text", equalTo("2025-05-12"))
                .body("data.initiativeBySlug.date.precision", equalTo("DAY"))
                .body("data.initiativeBySlug.sources.quote", hasItem("« 12 mai »"));
        // The research saw another value than the catalogue now holds: reported, not applied.
        String stale = new JsonObject().put("updates", new JsonArray().add(new JsonObject().put("kind", "initiative")
                .put("id", "test-updated").put("field", "date").put("old", "2024").put("new", "2024-06")
                .put("source", source))).encode();
        ok(IMPORT, vars("name", "test-research", "research", stale, "dryRun", false))
                .body("data.importResearch.conflicting", equalTo(1));
        ok("{ initiativeBySlug(slug: \"test-updated\") { date { text } } }")
                .body("data.initiativeBySlug.date.text", equalTo("2025-05-12"));
        String invalid = new JsonObject().put("updates", new JsonArray().add(new JsonObject().put("kind", "initiative")
                .put("id", "test-updated").put("field", "status").put("new", "SIGNED").put("source", source))).encode();
        expectError(post(IMPORT, vars("name", "test-research", "research", invalid, "dryRun", false)), "VALIDATION");
    }

    @Test
    void shouldWriteNothingWhenAnyEntryIsInvalid() {
        ok(CREATE_SECTOR, vars("input", vars("slug", "test-untouched", "nameEn", "Untouched")));
        String research = research(List.of(),
                List.of(entry("sector", "test-untouched", "fr", "Intact").put("basis", "editorial"),
                        entry("sector", "test-no-such-sector", "fr", "Nulle part").put("basis", "editorial"),
                        entry("sector", "test-untouched", "de", "Unberührt").put("basis", "editorial")));
        expectError(post(IMPORT, vars("name", "test-research", "research", research, "dryRun", false)), "VALIDATION")
                .body("errors[0].extensions.fields.field", hasItem(containsString("editorial[2]")));
        String unknownOnly = research(List.of(),
                List.of(entry("sector", "test-untouched", "fr", "Intact").put("basis", "editorial"),
                        entry("sector", "test-no-such-sector", "fr", "Nulle part").put("basis", "editorial")));
        expectError(post(IMPORT, vars("name", "test-research", "research", unknownOnly, "dryRun", false)), "VALIDATION")
                .body("errors[0].extensions.fields.field", hasItem("sector test-no-such-sector"));
        expectError(post(IMPORT, vars("name", "test-research", "research", "[not json", "dryRun", false)), "VALIDATION");
        ok(SECTOR, vars("slug", "test-untouched")).body("data.sectorBySlug.nameTranslations.fr", nullValue())
                .body("data.sectorBySlug.version", equalTo(0));
    }

    @Test
    void shouldKeepASourcedTextThatTheResearchContradicts() {
        String source = createSource("kept");
        String id = ok(CREATE_SECTOR, vars("input", vars("slug", "test-kept", "nameEn", "Kept", "nameFr", "Gardé",
                "nameFrSource", source))).extract().path("data.createSector.id");
        String research = research(List.of(),
                List.of(entry("sector", "test-kept", "fr", "Conservé").put("basis", "editorial")));
        ok(IMPORT, vars("name", "test-research", "research", research, "dryRun", false))
                .body("data.importResearch.conflicting", equalTo(1))
                .body("data.importResearch.records[0].outcome", equalTo("CONFLICTING"));
        ok(SECTOR, vars("slug", "test-kept")).body("data.sectorBySlug.nameTranslations.fr", equalTo("Gardé"))
                .body("data.sectorBySlug.nameTranslations.frProvenance.basis", equalTo("SOURCED"));
        ok(UPDATE_SECTOR, vars("id", id, "version", 0, "input", vars("nameEn", "Kept")));
    }

    @Test
    void shouldLetOnlyAdministratorsImport() {
        String editor = TestTokens.editor("test-editor");
        io.jisr.GraphQL.postAs(editor, IMPORT, vars("name", "test-research", "research", "{}", "dryRun", true))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    private static JsonObject entry(String kind, String slug, String language, String text) {
        return new JsonObject().put("kind", kind).put("id", slug).put("lang", language).put("text", text);
    }

    private static String research(List<JsonObject> translations, List<JsonObject> editorial) {
        return new JsonObject().put("translations", new JsonArray(translations)).put("editorial", new JsonArray(editorial))
                .encode();
    }
}
