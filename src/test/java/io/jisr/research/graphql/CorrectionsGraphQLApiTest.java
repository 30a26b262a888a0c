package io.jisr.research.graphql;

import static io.jisr.AdminGraphQL.ok;
import static io.jisr.AdminGraphQL.post;
import static io.jisr.TestMutations.createDataCentre;
import static io.jisr.TestMutations.createOrganisation;
import static io.jisr.TestMutations.createSource;
import static io.jisr.TestMutations.expectError;
import static io.jisr.TestMutations.vars;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.jisr.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's corrections over HTTP: editorial corrections of sourced texts that keep their evidence, sources
 * marked as copies, data-centre dates apart with the overdue mark, and related data centres; each as the bundled
 * research-2026-12 applied it and as an editor makes it.
 */
@QuarkusTest
class CorrectionsGraphQLApiTest {

    private static final String ORGANISATION = """
            query($slug: String!) { organisationBySlug(slug: $slug) { id version
              nameTranslations { fr ar frProvenance { basis source { id } correctionOf { text source { id url quote } } }
                arProvenance { basis source { url } correctionOf { text source { url } } } }
              name(lang: AR) { text provenance { basis correctionOf { text } } }
              history(first: 5) { edges { node { actor changes { field oldValue newValue } } } } } }""";

    private static final String UPDATE_ORGANISATION = """
            mutation($id: ID!, $version: Int!, $input: OrganisationInput!) {
              updateOrganisation(id: $id, version: $version, input: $input) { version
                nameTranslations { fr frProvenance { basis source { id } correctionOf { text source { id } } } } } }""";

    private static final String DATA_CENTRE = """
            query($slug: String!) { dataCentreBySlug(slug: $slug) { id version status year overdue
              announced { text precision } expectedOpening { text precision latest } opened { text }
              expectedOpeningSource { url quote }
              related { kind evidence dataCentre { slug } } sources { url } } }""";

    private static final String IMPORT = """
            mutation($research: String!) { importResearch(name: "test-corrections", research: $research, dryRun: false) {
              conflicting records { kind slug outcome fields { field oldValue newValue outcome } } } }""";

    @Inject
    TestRecords records;

    @AfterEach
    void removeTestRecords() {
        records.removeAll();
    }

    @Test
    void shouldShowABundledCorrectionAsEditorialWithWhatTheSourcePrinted() {
        ok(ORGANISATION, vars("slug", "cnil"))
                .body(
                        "data.organisationBySlug.nameTranslations.ar",
                        equalTo("اللجنة الوطنية للمعلوماتية والحريات (CNIL)"))
                .body("data.organisationBySlug.nameTranslations.arProvenance.basis", equalTo("EDITORIAL"))
                .body("data.organisationBySlug.nameTranslations.arProvenance.source", nullValue())
                .body(
                        "data.organisationBySlug.nameTranslations.arProvenance.correctionOf.text",
                        equalTo("اللجنة الوطنية لحماية البيانات والحريات (CNIL)"))
                .body(
                        "data.organisationBySlug.nameTranslations.arProvenance.correctionOf.source.url",
                        containsString("a5r5br.net"))
                .body(
                        "data.organisationBySlug.name.provenance.correctionOf.text",
                        equalTo("اللجنة الوطنية لحماية البيانات والحريات (CNIL)"))
                .body("data.organisationBySlug.history.edges[0].node.actor", equalTo("import research-2026-12"))
                .body(
                        "data.organisationBySlug.history.edges[0].node.changes.field",
                        hasItems("nameAr", "printedAr", "printedArSource"));
        ok("{ sectorBySlug(slug: \"cybersecurity\") { name(lang: AR) { text provenance { basis } } } }")
                .body("data.sectorBySlug.name.text", equalTo("الأمن السيبراني"))
                .body("data.sectorBySlug.name.provenance.basis", equalTo("EDITORIAL"));
    }

    @Test
    void shouldKeepTheSourceAsEvidenceWhenAnEditorCorrectsASourcedText() {
        String source = createSource("printed");
        String id = createOrganisation("test-printed");
        int version = ok(
                        UPDATE_ORGANISATION,
                        vars("id", id, "version", 0, "input", vars("nameFr", "groupe Test", "nameFrSource", source)))
                .body("data.updateOrganisation.nameTranslations.frProvenance.basis", equalTo("SOURCED"))
                .extract()
                .path("data.updateOrganisation.version");
        version = ok(UPDATE_ORGANISATION, vars("id", id, "version", version, "input", vars("nameFr", "Test")))
                .body("data.updateOrganisation.nameTranslations.fr", equalTo("Test"))
                .body("data.updateOrganisation.nameTranslations.frProvenance.basis", equalTo("EDITORIAL"))
                .body("data.updateOrganisation.nameTranslations.frProvenance.source", nullValue())
                .body("data.updateOrganisation.nameTranslations.frProvenance.correctionOf.text", equalTo("groupe Test"))
                .body("data.updateOrganisation.nameTranslations.frProvenance.correctionOf.source.id", equalTo(source))
                .extract()
                .path("data.updateOrganisation.version");
        // A second editorial change still corrects what the source printed.
        version = ok(UPDATE_ORGANISATION, vars("id", id, "version", version, "input", vars("nameFr", "Test SA")))
                .body("data.updateOrganisation.nameTranslations.frProvenance.correctionOf.text", equalTo("groupe Test"))
                .extract()
                .path("data.updateOrganisation.version");
        ok(ORGANISATION, vars("slug", "test-printed"))
                .body("data.organisationBySlug.history.edges.node.changes.flatten().field", hasItem("printedFr"));
        // The evidence keeps its source: it cannot be deleted from under the correction.
        expectError(
                post("mutation($id: ID!) { deleteSource(id: $id, version: 0) { id } }", vars("id", source)),
                "CONFLICT");
        // Sourced again: no correction any more.
        ok(
                        UPDATE_ORGANISATION,
                        vars(
                                "id",
                                id,
                                "version",
                                version,
                                "input",
                                vars("nameFr", "groupe Test", "nameFrSource", source)))
                .body("data.updateOrganisation.nameTranslations.frProvenance.basis", equalTo("SOURCED"))
                .body("data.updateOrganisation.nameTranslations.frProvenance.correctionOf", nullValue());
    }

    @Test
    void shouldReportACorrectionOfATextAnEditorChangedSinceAsConflictingAndWriteNothing() {
        String research = """
                {"corrections": [{"kind": "organisation", "id": "cnil", "lang": "ar",
                  "current": "اللجنة الوطنية لحماية البيانات والحريات (CNIL)", "text": "نص آخر"}]}""";
        ok(IMPORT, vars("research", research))
                .body("data.importResearch.conflicting", equalTo(1))
                .body("data.importResearch.records[0].fields[0].outcome", equalTo("CONFLICTING"));
        ok(ORGANISATION, vars("slug", "cnil"))
                .body(
                        "data.organisationBySlug.nameTranslations.ar",
                        equalTo("اللجنة الوطنية للمعلوماتية والحريات (CNIL)"));
        expectError(
                        post(
                                IMPORT,
                                vars(
                                        "research",
                                        "{\"corrections\": [{\"kind\": \"organisation\", \"id\": \"cnil\"}],"
                                                + "\"relations\": [{\"id\": \"humain-riyadh-1\", \"relation\": \"same\", \"related\": \"x\"}]}")),
                        "VALIDATION")
                .body("errors[0].extensions.fields.field", hasItems("corrections[0]", "relations[0]"));
    }

    @Test
    void shouldMarkSourcesThatAreCopiesAndRefuseAnOriginalPublisherWithoutOne() {
        ok("{ organisationBySlug(slug: \"schneider-electric\") { sources { url copy { kind originalPublisher } } } }")
                .body(
                        "data.organisationBySlug.sources.find { it.url.contains('squidsite02') }.copy.kind",
                        equalTo("MIRROR"))
                .body(
                        "data.organisationBySlug.sources.find { it.url.contains('squidsite02') }.copy.originalPublisher",
                        equalTo("Reuters"));
        ok("{ sectorBySlug(slug: \"cybersecurity\") { sources { url language } } }")
                .body(
                        "data.sectorBySlug.sources.find { it.url.contains('tropheesdesfutureslicornes') }.language",
                        equalTo("fr"));
        String source = createSource("copy");
        expectError(
                post(
                        "mutation($id: ID!) { updateSource(id: $id, version: 0, input: {originalPublisher: \"X\"}) "
                                + "{ id } }",
                        vars("id", source)),
                "VALIDATION");
        ok(
                        "mutation($id: ID!) { updateSource(id: $id, version: 0, input: {copyKind: NON_PUBLIC_HOST, "
                                + "originalPublisher: \"Test\"}) { copy { kind originalPublisher } } }",
                        vars("id", source))
                .body("data.updateSource.copy.kind", equalTo("NON_PUBLIC_HOST"));
    }

    @Test
    void shouldKeepTheAnnouncementTheExpectedOpeningAndTheOpeningApart() {
        ok(DATA_CENTRE, vars("slug", "datavolt-oxagon"))
                .body("data.dataCentreBySlug.announced.text", equalTo("2025-02"))
                .body("data.dataCentreBySlug.expectedOpening.text", equalTo("2028"))
                .body("data.dataCentreBySlug.expectedOpeningSource.quote", containsString("operational by 2028"))
                .body("data.dataCentreBySlug.year", equalTo(2028))
                .body("data.dataCentreBySlug.overdue", equalTo(false));
        ok(DATA_CENTRE, vars("slug", "pif-google-ai-hub"))
                .body("data.dataCentreBySlug.announced.text", equalTo("2024-10-30"))
                .body("data.dataCentreBySlug.expectedOpening", nullValue())
                .body("data.dataCentreBySlug.year", nullValue());
        // Expected in Q3 2023 and still being built: overdue.
        ok(DATA_CENTRE, vars("slug", "edgnex-riyadh-dammam"))
                .body("data.dataCentreBySlug.expectedOpening.text", equalTo("2023-Q3"))
                .body("data.dataCentreBySlug.expectedOpening.precision", equalTo("QUARTER"))
                .body("data.dataCentreBySlug.expectedOpening.latest", equalTo("2023-09-30"))
                .body("data.dataCentreBySlug.overdue", equalTo(true));
        ok("{ dataCentres(first: 50, filter: {announcedFrom: 2025, announcedTo: 2025}, orderBy: {field: ANNOUNCED}) "
                        + "{ totalCount edges { node { slug announced { text } } } } }")
                .body("data.dataCentres.edges[0].node.slug", equalTo("datavolt-oxagon"))
                .body(
                        "data.dataCentres.edges.node.announced.text.collect { it.substring(0, 4) }.unique()",
                        contains("2025"));
        String id = createDataCentre("test-dates");
        expectError(
                        post(
                                "mutation($id: ID!) { updateDataCentre(id: $id, version: 0, input: {opened: {value: "
                                        + "\"2099\", precision: YEAR}}) { id } }",
                                vars("id", id)),
                        "VALIDATION")
                .body("errors[0].extensions.fields[0].field", equalTo("opened"));
        expectError(
                post(
                        "mutation($id: ID!) { updateDataCentre(id: $id, version: 0, input: {expectedOpening: {value: "
                                + "\"2026-Q2\", precision: MONTH}}) { id } }",
                        vars("id", id)),
                "VALIDATION");
        ok(
                        "mutation($id: ID!) { updateDataCentre(id: $id, version: 0, input: {expectedOpening: {value: \"2020-Q1\", "
                                + "precision: QUARTER}, announced: {value: \"2019\", precision: YEAR}}) { year overdue "
                                + "expectedOpening { text } } }",
                        vars("id", id))
                .body("data.updateDataCentre.year", equalTo(2020))
                .body("data.updateDataCentre.overdue", equalTo(true));
    }

    @Test
    void shouldShowRelatedDataCentresOnBothRecordsAndNeverMergeThem() {
        ok(DATA_CENTRE, vars("slug", "saudi-call-crownland"))
                .body("data.dataCentreBySlug.related.dataCentre.slug", contains("ics-arabia-desert-dragon"))
                .body("data.dataCentreBySlug.related[0].kind", equalTo("POSSIBLE_DUPLICATE"));
        ok(DATA_CENTRE, vars("slug", "ics-arabia-desert-dragon"))
                .body("data.dataCentreBySlug.related.dataCentre.slug", contains("saudi-call-crownland"))
                .body("data.dataCentreBySlug.related[0].evidence", containsString("100 MW"));
        ok(DATA_CENTRE, vars("slug", "humain-nvidia-ai-factories"))
                .body("data.dataCentreBySlug.related.kind", contains("OVERLAPS", "OVERLAPS"));
        ok(DATA_CENTRE, vars("slug", "humain-aws-ai-zone"))
                .body("data.dataCentreBySlug.sources.url", hasItem(containsString("globaldatacenterhub.com")));
        ok("{ dataCentreBySlug(slug: \"humain-xai-500mw\") { partners { slug } } }")
                .body("data.dataCentreBySlug.partners.slug", hasItem("nvidia"));

        String a = createDataCentre("test-related-a");
        String b = createDataCentre("test-related-b");
        String relate = "mutation($a: ID!, $b: ID!, $kind: DataCentreRelationKind!) { relateDataCentres(dataCentreId: "
                + "$a, relatedId: $b, kind: $kind, evidence: \"same site\") { related { kind dataCentre { id } } } }";
        ok(relate, vars("a", a, "b", b, "kind", "OVERLAPS"))
                .body("data.relateDataCentres.related.dataCentre.id", contains(b));
        ok(relate, vars("a", b, "b", a, "kind", "POSSIBLE_DUPLICATE"))
                .body("data.relateDataCentres.related.kind", contains("POSSIBLE_DUPLICATE"));
        expectError(post(relate, vars("a", a, "b", a, "kind", "OVERLAPS")), "VALIDATION");
        expectError(post(relate, vars("a", "RGF0YUNlbnRyZTo5OTk5OTk", "b", a, "kind", "OVERLAPS")), "NOT_FOUND");
        ok(
                        "mutation($a: ID!, $b: ID!) { unrelateDataCentres(dataCentreId: $a, relatedId: $b) { related { kind } } }",
                        vars("a", a, "b", b))
                .body("data.unrelateDataCentres.related", equalTo(List.of()));
    }
}
