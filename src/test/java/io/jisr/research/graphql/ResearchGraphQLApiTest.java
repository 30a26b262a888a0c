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
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.jisr.GraphQLSocket;
import io.jisr.TestRecords;
import io.jisr.common.security.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Importing research: the bundled research at start, and the importResearch mutation over HTTP. */
@QuarkusTest
class ResearchGraphQLApiTest {

    private static final String IMPORT = """
            mutation($name: String!, $research: String!, $dryRun: Boolean) {
              importResearch(name: $name, research: $research, dryRun: $dryRun) {
                name dryRun recordsCreated created updated unchanged conflicting
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
        var body = ok("{ initiatives(first: 100) { edges { node { slug sources { id } titleTranslations { en fr ar "
                        + "enProvenance { basis } frProvenance { basis } arProvenance { basis } } } } } "
                        + "dataCentres(first: 100) { edges { node { slug sources { id } " + names + " } } } "
                        + "organisations(first: 100) { edges { node { slug sources { id } " + names + " } } } "
                        + "sectors(first: 100) { edges { node { slug sources { id } " + names + " } } } }")
                .extract()
                .jsonPath();
        for (String list : List.of("initiatives", "dataCentres", "organisations", "sectors")) {
            List<List<Object>> sources = body.getList("data." + list + ".edges.node.sources");
            assertThat(list + " cite at least one source each", sources, everyItem(not(empty())));
            String translations = list.equals("initiatives") ? "titleTranslations" : "nameTranslations";
            for (String field :
                    List.of("en", "fr", "ar", "enProvenance.basis", "frProvenance.basis", "arProvenance.basis")) {
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
                .body("data.organisationBySlug.history.edges.node.actor", hasItem("import research-2026-11"));
        // A short display title is editorial; the record cites the source of the long phrase it replaces.
        ok("{ initiativeBySlug(slug: \"seha-gustave-roussy-2025\") { title(lang: AR) { text provenance { basis } } "
                        + "sources { quote } } }")
                .body("data.initiativeBySlug.title.text", containsString("جوستاف روسي"))
                .body("data.initiativeBySlug.title.provenance.basis", equalTo("EDITORIAL"))
                .body(
                        "data.initiativeBySlug.sources.quote",
                        hasItem(containsString("بين مستشفى Seha Virtual Hospital")));
    }

    @Test
    void shouldReportADryRunApplyInOneGoAndChangeNothingTheSecondTime() throws Exception {
        ok(CREATE_SECTOR, vars("input", vars("slug", "test-imported", "nameEn", "Imported")));
        String research = research(
                List.of(entry("sector", "test-imported", "fr", "Importé")
                        .put("url", TestRecords.SOURCE_URL + "research")
                        .put("publisher", "Test")
                        .put("publishedOn", "2025-04-19")
                        .put("quote", "… Importé …")),
                List.of(entry("sector", "test-imported", "ar", "مستورد").put("basis", "editorial")));

        ok(IMPORT, vars("name", "test-research", "research", research, "dryRun", true))
                .body("data.importResearch.dryRun", equalTo(true))
                .body("data.importResearch.created", equalTo(2))
                .body("data.importResearch.records[0].slug", equalTo("test-imported"))
                .body("data.importResearch.records[0].outcome", equalTo("UPDATED"))
                .body(
                        "data.importResearch.records[0].fields.find { it.field == 'nameFr' }.newValue",
                        equalTo("Importé"))
                .body(
                        "data.importResearch.records[0].fields.find { it.field == 'nameFrSource' }.newValue",
                        equalTo(TestRecords.SOURCE_URL + "research"));
        ok(SECTOR, vars("slug", "test-imported"))
                .body("data.sectorBySlug.nameTranslations.fr", nullValue())
                .body("data.sectorBySlug.version", equalTo(0));

        try (GraphQLSocket subscriber = GraphQLSocket.initialised(graphql)) {
            subscriber.subscribe(
                    "1", "subscription { catalogueChanged(types: [SECTOR]) { change { actor recordId } } }");
            Thread.sleep(500);
            ok(IMPORT, vars("name", "test-research", "research", research, "dryRun", false))
                    .body("data.importResearch.dryRun", equalTo(false))
                    .body("data.importResearch.created", equalTo(2));
            JsonObject event = subscriber
                    .next()
                    .getJsonObject("payload")
                    .getJsonObject("data")
                    .getJsonObject("catalogueChanged")
                    .getJsonObject("change");
            assertThat(event.getString("actor"), equalTo("import test-research by test-admin"));
        }
        ok(SECTOR, vars("slug", "test-imported"))
                .body("data.sectorBySlug.nameTranslations.fr", equalTo("Importé"))
                .body("data.sectorBySlug.nameTranslations.frProvenance.basis", equalTo("SOURCED"))
                .body("data.sectorBySlug.nameTranslations.frProvenance.source.quote", equalTo("… Importé …"))
                .body("data.sectorBySlug.nameTranslations.ar", equalTo("مستورد"))
                .body("data.sectorBySlug.nameTranslations.arProvenance.basis", equalTo("EDITORIAL"))
                .body("data.sectorBySlug.sources.url", hasItem(TestRecords.SOURCE_URL + "research"))
                .body("data.sectorBySlug.history.edges.node.actor", hasItem("import test-research by test-admin"))
                // Its texts and its new source arrive as one change: one version, however many edits.
                .body("data.sectorBySlug.version", equalTo(1));
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
    void shouldStartWithTheHandOffsNewRecordsAndTheirDoubts() {
        ok("{ initiatives { totalCount } dataCentres { totalCount } organisations { totalCount } }")
                .body("data.initiatives.totalCount", equalTo(22))
                .body("data.dataCentres.totalCount", equalTo(33))
                .body("data.organisations.totalCount", equalTo(70));
        // The possible duplicate of Crownland is its own record, with the doubt on both sides.
        ok("""
                { dataCentreBySlug(slug: "ics-arabia-desert-dragon") { status capacityMw targetCapacityMw confidence
                    conflictNote partnersNote operator { slug name(lang: AR) { text provenance { basis } } }
                    partners { slug } sectors { slug } capabilities sources { url }
                    history(first: 20) { edges { node { actor } } } } }""")
                .body("data.dataCentreBySlug.status", equalTo("UNDER_CONSTRUCTION"))
                .body("data.dataCentreBySlug.capacityMw", equalTo(65.0f))
                .body("data.dataCentreBySlug.targetCapacityMw", equalTo(187.0f))
                .body("data.dataCentreBySlug.confidence", equalTo("MEDIUM"))
                .body("data.dataCentreBySlug.conflictNote", containsString("saudi-call-crownland"))
                // research-2026-12 linked China Mobile International, named by a cited quote; the rest stays as worded.
                .body("data.dataCentreBySlug.partnersNote", containsString("shanghai-lumaotong (spelled"))
                .body("data.dataCentreBySlug.operator.slug", equalTo("ics-arabia"))
                .body("data.dataCentreBySlug.operator.name.text", equalTo("آي سي إس أرابيا"))
                .body("data.dataCentreBySlug.operator.name.provenance.basis", equalTo("EDITORIAL"))
                .body(
                        "data.dataCentreBySlug.partners.slug",
                        equalTo(List.of("china-mobile-international", "modon", "shanghai-lumaotong")))
                .body("data.dataCentreBySlug.sectors.slug", equalTo(List.of("ai", "data-centres")))
                .body("data.dataCentreBySlug.capabilities", equalTo(List.of("AI", "COLOCATION")))
                .body("data.dataCentreBySlug.sources.url", hasItem(containsString("datacenterdynamics.com")))
                .body(
                        "data.dataCentreBySlug.history.edges.node.actor",
                        everyItem(org.hamcrest.Matchers.oneOf(
                                "import research-2026-11-records", "import research-2026-12")))
                .body("data.dataCentreBySlug.history.edges[-1].node.actor", equalTo("import research-2026-11-records"));
        // Overlapping HUMAIN capacity: both records say so; neither is merged.
        ok("{ a: dataCentreBySlug(slug: \"humain-nvidia-ai-factories\") { conflictNote } "
                        + "b: dataCentreBySlug(slug: \"humain-xai-500mw\") { conflictNote sources { url } } }")
                .body("data.a.conflictNote", containsString("humain-xai-500mw"))
                .body("data.b.conflictNote", containsString("humain-nvidia-ai-factories"))
                .body("data.b.sources.url", hasItem(containsString("benzinga.com")));
        // A sourced Arabic title shows its quote; the weak record keeps its low confidence.
        ok("{ organisationBySlug(slug: \"nvidia\") { name(lang: AR) { text provenance { basis source { quote } } } } "
                        + "dataCentreBySlug(slug: \"sdaia-nvidia-sovereign-ai-factory\") { confidence operator { slug } } "
                        + "initiativeBySlug(slug: \"aramco-digital-sophia-antipolis-2026\") { kind status date { text precision } "
                        + "partners { organisation { slug } actingFor role } } }")
                .body("data.organisationBySlug.name.text", equalTo("إنفيديا"))
                .body("data.organisationBySlug.name.provenance.basis", equalTo("SOURCED"))
                .body("data.organisationBySlug.name.provenance.source.quote", containsString("إنفيديا"))
                .body("data.dataCentreBySlug.confidence", equalTo("LOW"))
                .body("data.dataCentreBySlug.operator.slug", equalTo("sdaia"))
                .body("data.initiativeBySlug.kind", equalTo("INVESTMENT"))
                .body("data.initiativeBySlug.date.text", equalTo("2026"))
                .body("data.initiativeBySlug.date.precision", equalTo("YEAR"))
                .body(
                        "data.initiativeBySlug.partners.find { it.organisation.slug == 'mistral-ai' }.role",
                        containsString("not stated to be a party"));
    }

    @Test
    void shouldCreateNewRecordsWithTheirLinksOnlyOnce() {
        String research = newRecords(
                vars("type", "COMPANY"),
                vars(
                        "status",
                        "PLANNED",
                        "capacityMw",
                        12.5,
                        "capabilities",
                        List.of("AI"),
                        "sectors",
                        List.of("ai", "data-centres"),
                        "country",
                        "SA"),
                vars("kind", "MOU", "status", "SIGNED"));
        String query = """
                query($slug: String!) { dataCentreBySlug(slug: $slug) { status statusNote capacityMw capabilities
                    partnersNote operator { slug } partners { slug } sectors { slug } sources { url quote }
                    name(lang: FR) { text provenance { basis } }
                    initiatives { slug kind status date { text } partners { organisation { slug } actingFor role }
                      sectors { slug } } } }""";

        ok(IMPORT, vars("name", "test-research", "research", research, "dryRun", true))
                .body("data.importResearch.recordsCreated", equalTo(3))
                .body("data.importResearch.records.kind", equalTo(List.of("organisation", "dataCentre", "initiative")))
                .body("data.importResearch.records.outcome", everyItem(equalTo("CREATED")))
                .body("data.importResearch.records.id", everyItem(nullValue()))
                .body(
                        "data.importResearch.records[1].fields.find { it.field == 'status' }.newValue",
                        equalTo("PLANNED"))
                .body(
                        "data.importResearch.records[1].fields.find { it.field == 'sources' }.newValue",
                        equalTo(TestRecords.SOURCE_URL + "records"));
        ok(query, vars("slug", "test-new-centre")).body("data.dataCentreBySlug", nullValue());
        ok("{ organisationBySlug(slug: \"test-new-operator\") { slug } }").body("data.organisationBySlug", nullValue());

        ok(IMPORT, vars("name", "test-research", "research", research, "dryRun", false))
                .body("data.importResearch.recordsCreated", equalTo(3))
                .body("data.importResearch.records.id", everyItem(notNullValue()));
        ok(query, vars("slug", "test-new-centre"))
                .body("data.dataCentreBySlug.status", equalTo("PLANNED"))
                .body("data.dataCentreBySlug.statusNote", equalTo("site chosen (per one source)"))
                .body("data.dataCentreBySlug.capacityMw", equalTo(12.5f))
                .body("data.dataCentreBySlug.capabilities", equalTo(List.of("AI")))
                .body("data.dataCentreBySlug.operator.slug", equalTo("test-new-operator"))
                .body("data.dataCentreBySlug.partners.slug", equalTo(List.of("sdaia")))
                .body("data.dataCentreBySlug.partnersNote", equalTo("As reported: sdaia (land), test-unknown-partner"))
                .body("data.dataCentreBySlug.sectors.slug", equalTo(List.of("ai", "data-centres")))
                .body("data.dataCentreBySlug.sources.quote", equalTo(List.of("« centre »")))
                .body("data.dataCentreBySlug.name.text", equalTo("Nouveau centre"))
                .body("data.dataCentreBySlug.name.provenance.basis", equalTo("EDITORIAL"))
                .body("data.dataCentreBySlug.initiatives", empty());
        ok("{ initiativeBySlug(slug: \"test-new-initiative\") { kind status kindNote date { text precision } "
                        + "partners { organisation { slug } actingFor role } sectors { slug } "
                        + "history(first: 20) { edges { node { actor } } } } }")
                .body("data.initiativeBySlug.kind", equalTo("MOU"))
                .body("data.initiativeBySlug.kindNote", equalTo("memorandum"))
                .body("data.initiativeBySlug.date.text", equalTo("2025-04"))
                .body("data.initiativeBySlug.date.precision", equalTo("MONTH"))
                .body("data.initiativeBySlug.partners.organisation.slug", hasItem("test-new-operator"))
                .body(
                        "data.initiativeBySlug.partners.find { it.organisation.slug == 'sanofi' }.role",
                        equalTo("partner"))
                .body("data.initiativeBySlug.sectors.slug", equalTo(List.of("ai")))
                .body(
                        "data.initiativeBySlug.history.edges.node.actor",
                        everyItem(equalTo("import test-research by test-admin")));

        ok(IMPORT, vars("name", "test-research", "research", research, "dryRun", false))
                .body("data.importResearch.recordsCreated", equalTo(0))
                .body("data.importResearch.created", equalTo(0))
                .body("data.importResearch.updated", equalTo(0))
                .body("data.importResearch.records.outcome", everyItem(equalTo("UNCHANGED")));
    }

    @Test
    void shouldReportEveryInvalidNewRecordAndCreateNone() {
        String research = newRecords(
                vars("type", "COMPANY"),
                vars(
                        "status",
                        "BUILT",
                        "capabilities",
                        List.of("AI"),
                        "sectors",
                        List.of("test-no-such-sector"),
                        "country",
                        "SA"),
                vars("kind", "MOU", "status", "SIGNED"));
        expectError(post(IMPORT, vars("name", "test-research", "research", research, "dryRun", false)), "VALIDATION")
                .body("errors[0].extensions.fields.field", hasItem("dataCentres[0] (test-new-centre)"))
                .body("errors[0].extensions.fields.message", hasItem(containsString("catalogue.status")));
        String unknownSector = newRecords(
                vars("type", "COMPANY"),
                vars("status", "PLANNED", "sectors", List.of("test-no-such-sector"), "country", "SA"),
                vars("kind", "MOU", "status", "SIGNED"));
        expectError(
                        post(IMPORT, vars("name", "test-research", "research", unknownSector, "dryRun", false)),
                        "VALIDATION")
                .body("errors[0].extensions.fields.field", hasItem("dataCentre test-new-centre: sectors"));
        ok("{ organisationBySlug(slug: \"test-new-operator\") { slug } }").body("data.organisationBySlug", nullValue());
    }

    /** An organisation, a data centre it operates and an initiative it is party to, with the given classifications. */
    private static String newRecords(
            Map<String, Object> organisation, Map<String, Object> dataCentre, Map<String, Object> initiative) {
        JsonArray sources = new JsonArray()
                .add(new JsonObject()
                        .put("url", TestRecords.SOURCE_URL + "records")
                        .put("publisher", "Test")
                        .put("publishedOn", "2025-04")
                        .put("quote", "« centre »"));
        return new JsonObject()
                .put(
                        "organisations",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("id", "test-new-operator")
                                        .put("name", "New operator")
                                        .put("country", "SA")
                                        .put("type", "company (operator)")
                                        .put("catalogue", new JsonObject(organisation))
                                        .put("sources", sources)))
                .put(
                        "dataCentres",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("id", "test-new-centre")
                                        .put("name", "New centre")
                                        .put("operator", "test-new-operator")
                                        .put(
                                                "partners",
                                                new JsonArray()
                                                        .add("sdaia (land)")
                                                        .add("test-unknown-partner"))
                                        .put("status", "site chosen (per one source)")
                                        .put("confidence", "low")
                                        .put("conflicts", new JsonArray())
                                        .put("catalogue", new JsonObject(dataCentre))
                                        .put("sources", sources)))
                .put(
                        "initiatives",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("id", "test-new-initiative")
                                        .put("title", "New initiative")
                                        .put("date", "2025-04")
                                        .put("kind", "memorandum")
                                        .put("status", "signed")
                                        .put("confidence", "medium")
                                        .put("sectors", new JsonArray().add("ai"))
                                        .put(
                                                "parties",
                                                new JsonArray()
                                                        .add(new JsonObject()
                                                                .put("org", "test-new-operator")
                                                                .put("country", "SA"))
                                                        .add(new JsonObject()
                                                                .put("org", "sanofi")
                                                                .put("country", "FR")
                                                                .put("role", "partner")))
                                        .put("catalogue", new JsonObject(initiative))
                                        .put("sources", sources)))
                .put(
                        "editorial",
                        new JsonArray()
                                .add(entry("dataCentre", "test-new-centre", "fr", "Nouveau centre")
                                        .put("basis", "editorial")))
                .encode();
    }

    @Test
    void shouldApplyAnUpdateOnlyOverTheValueTheResearchSaw() {
        ok(
                io.jisr.TestMutations.CREATE_INITIATIVE,
                vars("input", io.jisr.TestMutations.initiativeInput("test-updated")));
        JsonObject source =
                new JsonObject().put("url", TestRecords.SOURCE_URL + "update").put("quote", "« 12 mai »");
        String update = new JsonObject()
                .put(
                        "updates",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("kind", "initiative")
                                        .put("id", "test-updated")
                                        .put("field", "date")
                                        .putNull("old")
                                        .put("new", "2025-05-12")
                                        .put("source", source)))
                .encode();
        ok(IMPORT, vars("name", "test-research", "research", update, "dryRun", false))
                .body("data.importResearch.created", equalTo(1))
                .body(
                        "data.importResearch.records[0].fields.find { it.field == 'date' }.newValue",
                        equalTo("2025-05-12"));
        ok("{ initiativeBySlug(slug: \"test-updated\") { date { text precision } sources { quote } } }")
                .body("data.initiativeBySlug.date.text", equalTo("2025-05-12"))
                .body("data.initiativeBySlug.date.precision", equalTo("DAY"))
                .body("data.initiativeBySlug.sources.quote", hasItem("« 12 mai »"));
        // The research saw another value than the catalogue now holds: reported, not applied.
        String stale = new JsonObject()
                .put(
                        "updates",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("kind", "initiative")
                                        .put("id", "test-updated")
                                        .put("field", "date")
                                        .put("old", "2024")
                                        .put("new", "2024-06")
                                        .put("source", source)))
                .encode();
        ok(IMPORT, vars("name", "test-research", "research", stale, "dryRun", false))
                .body("data.importResearch.conflicting", equalTo(1));
        ok("{ initiativeBySlug(slug: \"test-updated\") { date { text } } }")
                .body("data.initiativeBySlug.date.text", equalTo("2025-05-12"));
        String invalid = new JsonObject()
                .put(
                        "updates",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("kind", "initiative")
                                        .put("id", "test-updated")
                                        .put("field", "status")
                                        .put("new", "SIGNED")
                                        .put("source", source)))
                .encode();
        expectError(post(IMPORT, vars("name", "test-research", "research", invalid, "dryRun", false)), "VALIDATION");
    }

    @Test
    void shouldWriteNothingWhenAnyEntryIsInvalid() {
        ok(CREATE_SECTOR, vars("input", vars("slug", "test-untouched", "nameEn", "Untouched")));
        String research = research(
                List.of(),
                List.of(
                        entry("sector", "test-untouched", "fr", "Intact").put("basis", "editorial"),
                        entry("sector", "test-no-such-sector", "fr", "Nulle part")
                                .put("basis", "editorial"),
                        entry("sector", "test-untouched", "de", "Unberührt").put("basis", "editorial")));
        expectError(post(IMPORT, vars("name", "test-research", "research", research, "dryRun", false)), "VALIDATION")
                .body("errors[0].extensions.fields.field", hasItem(containsString("editorial[2]")));
        String unknownOnly = research(
                List.of(),
                List.of(
                        entry("sector", "test-untouched", "fr", "Intact").put("basis", "editorial"),
                        entry("sector", "test-no-such-sector", "fr", "Nulle part")
                                .put("basis", "editorial")));
        expectError(post(IMPORT, vars("name", "test-research", "research", unknownOnly, "dryRun", false)), "VALIDATION")
                .body("errors[0].extensions.fields.field", hasItem("sector test-no-such-sector"));
        expectError(
                post(IMPORT, vars("name", "test-research", "research", "[not json", "dryRun", false)), "VALIDATION");
        ok(SECTOR, vars("slug", "test-untouched"))
                .body("data.sectorBySlug.nameTranslations.fr", nullValue())
                .body("data.sectorBySlug.version", equalTo(0));
    }

    @Test
    void shouldKeepASourcedTextThatTheResearchContradicts() {
        String source = createSource("kept");
        String id = ok(
                        CREATE_SECTOR,
                        vars(
                                "input",
                                vars("slug", "test-kept", "nameEn", "Kept", "nameFr", "Gardé", "nameFrSource", source)))
                .extract()
                .path("data.createSector.id");
        String research = research(
                List.of(),
                List.of(entry("sector", "test-kept", "fr", "Conservé").put("basis", "editorial")));
        ok(IMPORT, vars("name", "test-research", "research", research, "dryRun", false))
                .body("data.importResearch.conflicting", equalTo(1))
                .body("data.importResearch.records[0].outcome", equalTo("CONFLICTING"));
        ok(SECTOR, vars("slug", "test-kept"))
                .body("data.sectorBySlug.nameTranslations.fr", equalTo("Gardé"))
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
        return new JsonObject()
                .put("kind", kind)
                .put("id", slug)
                .put("lang", language)
                .put("text", text);
    }

    private static String research(List<JsonObject> translations, List<JsonObject> editorial) {
        return new JsonObject()
                .put("translations", new JsonArray(translations))
                .put("editorial", new JsonArray(editorial))
                .encode();
    }
}
