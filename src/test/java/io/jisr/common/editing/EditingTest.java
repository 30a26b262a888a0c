package io.jisr.common.editing;

import static io.jisr.AdminGraphQL.ok;
import static io.jisr.AdminGraphQL.post;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.jisr.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class EditingTest {

    private static final String CREATE_SECTOR = "mutation($input: SectorInput!) { createSector(input: $input) { id version slug } }";
    private static final String UPDATE_SECTOR = """
            mutation($id: ID!, $version: Int!, $input: SectorInput!) {
              updateSector(id: $id, version: $version, input: $input) {
                id version updatedAt nameTranslations { en fr ar } descriptionTranslations { en }
              }
            }""";
    private static final String CREATE_INITIATIVE = """
            mutation($input: InitiativeInput!) { createInitiative(input: $input) {
              id version slug date { text precision } value { amount currency } } }""";
    private static final String UPDATE_INITIATIVE = """
            mutation($id: ID!, $version: Int!, $input: InitiativeInput!) {
              updateInitiative(id: $id, version: $version, input: $input) {
                id version titleTranslations { en fr } date { text precision } } }""";
    private static final String CREATE_DATA_CENTRE = """
            mutation($input: DataCentreInput!) { createDataCentre(input: $input) {
              id version capabilities operator { slug } location { latitude longitude exact } } }""";

    @Inject
    TestRecords records;

    @AfterEach
    void removeTestRecords() {
        records.removeAll();
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            vars.put((String) pairs[i], pairs[i + 1]);
        }
        return vars;
    }

    private static String createSector(String slug) {
        return ok(CREATE_SECTOR, vars("input", vars("slug", slug, "nameEn", "Test " + slug)))
                .extract().path("data.createSector.id");
    }

    private static Map<String, Object> initiativeInput(String slug) {
        return vars("slug", slug, "titleEn", "Test initiative " + slug, "kind", "MOU", "status", "SIGNED",
                "confidence", "HIGH");
    }

    private static String createInitiative(String slug) {
        return ok(CREATE_INITIATIVE, vars("input", initiativeInput(slug))).extract().path("data.createInitiative.id");
    }

    private static String createOrganisation(String slug) {
        return ok("mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }",
                vars("input", vars("slug", slug, "nameEn", "Org " + slug, "type", "COMPANY", "country", "FR")))
                .extract().path("data.createOrganisation.id");
    }

    private static String createDataCentre(String slug) {
        return ok(CREATE_DATA_CENTRE, vars("input", vars("slug", slug, "nameEn", "DC " + slug, "country", "SA",
                "status", "PLANNED", "confidence", "LOW"))).extract().path("data.createDataCentre.id");
    }

    private static String createSource(String path) {
        return ok("mutation($input: SourceInput!) { createSource(input: $input) { id } }",
                vars("input", vars("url", TestRecords.SOURCE_URL + path, "publisher", "Test", "quote", "«نص»")))
                .extract().path("data.createSource.id");
    }

    private static ValidatableResponse expectError(ValidatableResponse response, String code) {
        return response.statusCode(200).body("errors[0].extensions.code", equalTo(code));
    }

    @Test
    void shouldCreateUpdateAndDeleteASectorWithPartialUpdates() {
        var created = ok(CREATE_SECTOR, vars("input", vars("slug", "test-robotics", "nameEn", "Robotics",
                "nameAr", "الروبوتات"))).body("data.createSector.version", equalTo(0)).extract();
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
                .body("data.deleteSector.id", equalTo(id)).body("data.deleteSector.type", equalTo("SECTOR"));
        ok("{ sectorBySlug(slug: \"test-robotics\") { id } }").body("data.sectorBySlug", nullValue());
    }

    @Test
    void shouldCreateUpdateAndDeleteAnOrganisation() {
        String id = createOrganisation("test-org");
        ok("mutation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, version: 0, input: $input) "
                + "{ version acronym website type } }", vars("id", id, "input",
                vars("acronym", "TO", "website", "https://example.org", "type", "START_UP")))
                .body("data.updateOrganisation.version", equalTo(1))
                .body("data.updateOrganisation.type", equalTo("START_UP"))
                .body("data.updateOrganisation.website", equalTo("https://example.org"));
        ok("mutation($id: ID!) { deleteOrganisation(id: $id, version: 1) { id } }", vars("id", id));
        ok("{ organisationBySlug(slug: \"test-org\") { id } }").body("data.organisationBySlug", nullValue());
    }

    @Test
    void shouldCreateUpdateAndDeleteASource() {
        String id = createSource("a");
        ok("mutation($id: ID!, $input: SourceInput!) { updateSource(id: $id, version: 0, input: $input) "
                + "{ version publishedOn language quote } }", vars("id", id, "input",
                vars("publishedOn", "2025-04-16", "language", "ar")))
                .body("data.updateSource.publishedOn", equalTo("2025-04-16"))
                .body("data.updateSource.quote", equalTo("«نص»"));
        ok("mutation($id: ID!) { deleteSource(id: $id, version: 1) { id } }", vars("id", id));
        ok("query($id: ID!) { node(id: $id) { id } }", vars("id", id)).body("data.node", nullValue());
    }

    @Test
    void shouldCreateUpdateAndDeleteAnInitiativeWithPartialDates() {
        Map<String, Object> input = initiativeInput("test-initiative");
        input.put("date", vars("value", "2025-04", "precision", "MONTH"));
        input.put("value", vars("amount", 1500000, "currency", "EUR"));
        String id = ok(CREATE_INITIATIVE, vars("input", input))
                .body("data.createInitiative.date.text", equalTo("2025-04"))
                .body("data.createInitiative.value.currency", equalTo("EUR"))
                .extract().path("data.createInitiative.id");
        ok(UPDATE_INITIATIVE, vars("id", id, "version", 0, "input", vars("titleFr", "Initiative d'essai",
                "date", vars("value", "2025", "precision", "YEAR"))))
                .body("data.updateInitiative.version", equalTo(1))
                .body("data.updateInitiative.titleTranslations.fr", equalTo("Initiative d'essai"))
                .body("data.updateInitiative.date.text", equalTo("2025"));
        ok(UPDATE_INITIATIVE, vars("id", id, "version", 1, "input", vars("date", null)))
                .body("data.updateInitiative.date", nullValue());
        // Filters see the derived date range of edited records.
        ok("mutation($id: ID!) { deleteInitiative(id: $id, version: 2) { id } }", vars("id", id));
        ok("{ initiativeBySlug(slug: \"test-initiative\") { id } }").body("data.initiativeBySlug", nullValue());
    }

    @Test
    void shouldCreateUpdateAndDeleteADataCentre() {
        String operator = ok("{ organisationBySlug(slug: \"humain\") { id } }").extract().path("data.organisationBySlug.id");
        String id = ok(CREATE_DATA_CENTRE, vars("input", vars("slug", "test-dc", "nameEn", "Test DC", "country", "SA",
                "status", "ANNOUNCED", "confidence", "MEDIUM", "operatorId", operator, "capabilities", List.of("AI", "HPC"),
                "latitude", 24.7, "longitude", 46.7, "locationExact", true, "capacityMw", 10, "targetCapacityMw", 100)))
                .body("data.createDataCentre.operator.slug", equalTo("humain"))
                .body("data.createDataCentre.capabilities", containsInAnyOrder("AI", "HPC"))
                .body("data.createDataCentre.location.exact", equalTo(true))
                .extract().path("data.createDataCentre.id");
        ok("mutation($id: ID!, $input: DataCentreInput!) { updateDataCentre(id: $id, version: 0, input: $input) "
                + "{ version capabilities operator { slug } status } }", vars("id", id, "input",
                vars("capabilities", List.of("QUANTUM"), "operatorId", null, "status", "OPERATIONAL")))
                .body("data.updateDataCentre.version", equalTo(1))
                .body("data.updateDataCentre.capabilities", contains("QUANTUM"))
                .body("data.updateDataCentre.operator", nullValue())
                .body("data.updateDataCentre.status", equalTo("OPERATIONAL"));
        ok("{ organisationBySlug(slug: \"humain\") { operatedDataCentres { slug } } }")
                .body("data.organisationBySlug.operatedDataCentres.slug", not(hasItem("test-dc")));
        ok("mutation($id: ID!) { deleteDataCentre(id: $id, version: 1) { id } }", vars("id", id));
        ok("{ dataCentreBySlug(slug: \"test-dc\") { id } }").body("data.dataCentreBySlug", nullValue());
    }

    @Test
    void shouldLinkAndUnlinkEveryRelationBothWays() {
        String initiative = createInitiative("test-links");
        String sector = createSector("test-links-sector");
        String organisation = createOrganisation("test-links-org");
        String dataCentre = createDataCentre("test-links-dc");
        String source = createSource("links");
        Map<String, Object> ids = vars("i", initiative, "s", sector, "o", organisation, "d", dataCentre, "src", source);
        ok("""
                mutation($i: ID!, $s: ID!, $o: ID!, $d: ID!, $src: ID!) {
                  a: linkInitiativeSector(initiativeId: $i, sectorId: $s) { version }
                  b: linkInitiativeOrganisation(initiativeId: $i, organisationId: $o, actingFor: "FR", role: "investor") { version }
                  c: linkInitiativeDataCentre(initiativeId: $i, dataCentreId: $d) { version }
                  d: linkDataCentrePartner(dataCentreId: $d, organisationId: $o) { version }
                  e: linkDataCentreSector(dataCentreId: $d, sectorId: $s) { version }
                  f: linkSource(recordId: $i, sourceId: $src) { id }
                  g: linkSource(recordId: $d, sourceId: $src) { id }
                  h: linkSource(recordId: $o, sourceId: $src) { id }
                  k: linkSource(recordId: $s, sourceId: $src) { id }
                }""", ids).body("data.c.version", equalTo(3));
        ok("""
                { initiativeBySlug(slug: "test-links") { version sectors { slug } dataCentres { slug } sources { url }
                    partners { actingFor role organisation { slug } } }
                  sectorBySlug(slug: "test-links-sector") { initiatives { slug } dataCentres { slug } sources { url } }
                  organisationBySlug(slug: "test-links-org") { initiatives { slug } partnerDataCentres { slug } sources { url } }
                  dataCentreBySlug(slug: "test-links-dc") { initiatives { slug } partners { slug } sectors { slug } sources { url } } }""")
                .body("data.initiativeBySlug.version", equalTo(4))
                .body("data.initiativeBySlug.sectors.slug", contains("test-links-sector"))
                .body("data.initiativeBySlug.dataCentres.slug", contains("test-links-dc"))
                .body("data.initiativeBySlug.partners[0].actingFor", equalTo("FR"))
                .body("data.initiativeBySlug.partners[0].role", equalTo("investor"))
                .body("data.initiativeBySlug.sources.url", contains(TestRecords.SOURCE_URL + "links"))
                .body("data.sectorBySlug.initiatives.slug", contains("test-links"))
                .body("data.sectorBySlug.dataCentres.slug", contains("test-links-dc"))
                .body("data.sectorBySlug.sources.size()", equalTo(1))
                .body("data.organisationBySlug.initiatives.slug", contains("test-links"))
                .body("data.organisationBySlug.partnerDataCentres.slug", contains("test-links-dc"))
                .body("data.organisationBySlug.sources.size()", equalTo(1))
                .body("data.dataCentreBySlug.initiatives.slug", contains("test-links"))
                .body("data.dataCentreBySlug.partners.slug", contains("test-links-org"))
                .body("data.dataCentreBySlug.sectors.slug", contains("test-links-sector"))
                .body("data.dataCentreBySlug.sources.size()", equalTo(1));
        // Re-linking a party changes its country and role instead of adding a second one.
        ok("mutation($i: ID!, $o: ID!) { linkInitiativeOrganisation(initiativeId: $i, organisationId: $o, actingFor: \"SA\") "
                + "{ partners { actingFor role } } }", ids)
                .body("data.linkInitiativeOrganisation.partners.size()", equalTo(1))
                .body("data.linkInitiativeOrganisation.partners[0].actingFor", equalTo("SA"))
                .body("data.linkInitiativeOrganisation.partners[0].role", nullValue());
        ok("""
                mutation($i: ID!, $s: ID!, $o: ID!, $d: ID!, $src: ID!) {
                  a: unlinkInitiativeSector(initiativeId: $i, sectorId: $s) { version }
                  b: unlinkInitiativeOrganisation(initiativeId: $i, organisationId: $o) { version }
                  c: unlinkInitiativeDataCentre(initiativeId: $i, dataCentreId: $d) { version }
                  d: unlinkDataCentrePartner(dataCentreId: $d, organisationId: $o) { version }
                  e: unlinkDataCentreSector(dataCentreId: $d, sectorId: $s) { version }
                  f: unlinkSource(recordId: $i, sourceId: $src) { id }
                  g: unlinkSource(recordId: $d, sourceId: $src) { id }
                  h: unlinkSource(recordId: $o, sourceId: $src) { id }
                  k: unlinkSource(recordId: $s, sourceId: $src) { id }
                }""", ids);
        ok("""
                { initiativeBySlug(slug: "test-links") { sectors { slug } dataCentres { slug } sources { url } partners { role } }
                  dataCentreBySlug(slug: "test-links-dc") { partners { slug } sectors { slug } sources { url } } }""")
                .body("data.initiativeBySlug.sectors.size()", equalTo(0))
                .body("data.initiativeBySlug.dataCentres.size()", equalTo(0))
                .body("data.initiativeBySlug.sources.size()", equalTo(0))
                .body("data.initiativeBySlug.partners.size()", equalTo(0))
                .body("data.dataCentreBySlug.partners.size()", equalTo(0))
                .body("data.dataCentreBySlug.sectors.size()", equalTo(0))
                .body("data.dataCentreBySlug.sources.size()", equalTo(0));
    }

    @Test
    void shouldEnforceEveryValidationRuleWithFieldErrors() {
        expectError(post(CREATE_SECTOR, vars("input", vars("slug", "Not A Slug", "nameEn", "x"))), "VALIDATION")
                .body("errors[0].extensions.fields[0].field", equalTo("slug"));
        expectError(post("mutation($input: SourceInput!) { createSource(input: $input) { id } }",
                vars("input", vars("url", "ftp://example.org/x"))), "VALIDATION")
                .body("errors[0].extensions.fields[0].field", equalTo("url"))
                .body("errors[0].extensions.fields[0].message", equalTo("must be an http or https URL"));
        expectError(post("mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }",
                vars("input", vars("slug", "test-bad-site", "nameEn", "x", "type", "COMPANY", "website", "not a url",
                        "country", "France"))), "VALIDATION")
                .body("errors[0].extensions.fields.field", containsInAnyOrder("country", "website"));
        Map<String, Object> dc = vars("slug", "test-bad-dc", "nameEn", "x", "country", "SA", "status", "PLANNED",
                "confidence", "LOW", "latitude", 95.0, "longitude", -200.0, "capacityMw", -1);
        expectError(post(CREATE_DATA_CENTRE, vars("input", dc)), "VALIDATION")
                .body("errors[0].extensions.fields.field", containsInAnyOrder("latitude", "longitude", "capacityMw"));
        dc.putAll(vars("latitude", 24.0, "longitude", null, "capacityMw", 100, "targetCapacityMw", 50));
        expectError(post(CREATE_DATA_CENTRE, vars("input", dc)), "VALIDATION")
                .body("errors[0].extensions.fields.field", containsInAnyOrder("longitude", "targetCapacityMw"));
        dc.putAll(vars("longitude", 46.0, "targetCapacityMw", 500, "operatorId", "T3JnYW5pc2F0aW9uOjk5OTk5"));
        expectError(post(CREATE_DATA_CENTRE, vars("input", dc)), "VALIDATION")
                .body("errors[0].extensions.fields[0].field", equalTo("operatorId"));
        Map<String, Object> initiative = initiativeInput("test-bad-date");
        initiative.put("date", vars("value", "2025-04-16", "precision", "MONTH"));
        expectError(post(CREATE_INITIATIVE, vars("input", initiative)), "VALIDATION")
                .body("errors[0].extensions.fields[0].field", equalTo("date"));
        initiative.remove("date");
        initiative.remove("titleEn");
        expectError(post(CREATE_INITIATIVE, vars("input", initiative)), "VALIDATION")
                .body("errors[0].extensions.fields[0].field", equalTo("titleEn"));
        String id = createInitiative("test-refs");
        expectError(post("mutation($i: ID!) { linkInitiativeSector(initiativeId: $i, sectorId: \"U2VjdG9yOjk5OTk5\") { id } }",
                vars("i", id)), "VALIDATION").body("errors[0].extensions.fields[0].field", equalTo("sectorId"));
        expectError(post("mutation { updateSector(id: \"U2VjdG9yOjk5OTk5\", version: 0, input: {nameFr: \"x\"}) { id } }"),
                "NOT_FOUND");
        // Text no database can store (NUL, a lone surrogate) is a validation error, not a database failure.
        expectError(post(CREATE_SECTOR, vars("input", vars("slug", "test-nul", "nameEn", "a\u0000b",
                "nameFr", "\uD800"))), "VALIDATION")
                .body("errors[0].extensions.fields.field", containsInAnyOrder("nameEn", "nameFr"));
        ok("{ dataCentreBySlug(slug: \"test-bad-dc\") { id } initiativeBySlug(slug: \"test-bad-date\") { id } }")
                .body("data.dataCentreBySlug", nullValue()).body("data.initiativeBySlug", nullValue());
    }

    @Test
    void shouldRefuseADuplicateSlugWithConflict() {
        expectError(post(CREATE_SECTOR, vars("input", vars("slug", "ai", "nameEn", "Another AI"))), "CONFLICT")
                .body("errors[0].extensions.field", equalTo("slug"));
        String id = createSector("test-unique");
        expectError(post(UPDATE_SECTOR, vars("id", id, "version", 0, "input", vars("slug", "cloud"))), "CONFLICT");
        ok("{ sectorBySlug(slug: \"test-unique\") { version } }").body("data.sectorBySlug.version", equalTo(0));
    }

    @Test
    void shouldRefuseADuplicateSlugWithConflictForEveryTypeWithASlug() {
        createInitiative("test-dup-initiative");
        expectError(post(CREATE_INITIATIVE, vars("input", initiativeInput("test-dup-initiative"))), "CONFLICT")
                .body("errors[0].extensions.field", equalTo("slug"));
        String other = createInitiative("test-dup-initiative-2");
        expectError(post(UPDATE_INITIATIVE, vars("id", other, "version", 0, "input",
                vars("slug", "test-dup-initiative"))), "CONFLICT").body("errors[0].extensions.field", equalTo("slug"));

        createOrganisation("test-dup-org");
        expectError(post("mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }",
                vars("input", vars("slug", "test-dup-org", "nameEn", "Org again", "type", "COMPANY", "country", "FR"))),
                "CONFLICT").body("errors[0].extensions.field", equalTo("slug"));

        createDataCentre("test-dup-dc");
        expectError(post(CREATE_DATA_CENTRE, vars("input", vars("slug", "test-dup-dc", "nameEn", "DC again",
                "country", "SA", "status", "PLANNED", "confidence", "LOW"))), "CONFLICT")
                .body("errors[0].extensions.field", equalTo("slug"));

        createSector("test-dup-sector");
        expectError(post(CREATE_SECTOR, vars("input", vars("slug", "test-dup-sector", "nameEn", "Again"))), "CONFLICT")
                .body("errors[0].extensions.field", equalTo("slug"));
        ok("{ initiatives(filter: { search: \"test-dup-initiative\" }) { totalCount } }")
                .body("data.initiatives.totalCount", equalTo(2));
    }

    @Test
    void shouldRefuseAStaleVersionAndOverwriteNothing() {
        String id = createSector("test-stale");
        ok(UPDATE_SECTOR, vars("id", id, "version", 0, "input", vars("nameFr", "Premier")));
        expectError(post(UPDATE_SECTOR, vars("id", id, "version", 0, "input", vars("nameFr", "Second"))), "CONFLICT")
                .body("errors[0].extensions.currentVersion", equalTo(1));
        expectError(post("mutation($id: ID!) { deleteSector(id: $id, version: 0) { id } }", vars("id", id)), "CONFLICT");
        ok("{ sectorBySlug(slug: \"test-stale\") { version nameTranslations { fr } } }")
                .body("data.sectorBySlug.version", equalTo(1))
                .body("data.sectorBySlug.nameTranslations.fr", equalTo("Premier"));
    }

    @Test
    void shouldAnswerConflictToEitherOfTwoSimultaneousCreatesWithOneSlug() throws Exception {
        for (int round = 0; round < 20; round++) {
            String slug = "test-same-" + round;
            int wins = 0;
            int conflicts = 0;
            for (String body : simultaneously(
                    () -> post(CREATE_INITIATIVE, vars("input", initiativeInput(slug))).extract().asString(),
                    () -> post(CREATE_INITIATIVE, vars("input", initiativeInput(slug))).extract().asString())) {
                wins += body.contains("\"createInitiative\":{") ? 1 : 0;
                conflicts += body.contains("\"CONFLICT\"") && body.contains("\"slug\"") ? 1 : 0;
            }
            assertThat("round " + round + ": one create wins", wins, equalTo(1));
            assertThat("round " + round + ": the other is a slug CONFLICT, never INTERNAL", conflicts, equalTo(1));
        }
    }

    /** Sends the requests at the same moment, one thread each, and returns their answers in order. */
    @SafeVarargs
    private static List<String> simultaneously(Callable<String>... requests) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests.length);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Callable<String> request : requests) {
                results.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<String> bodies = new ArrayList<>();
            for (Future<String> result : results) {
                bodies.add(result.get());
            }
            return bodies;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldLetExactlyOneOfTwoConcurrentUpdatesWin() throws Exception {
        String id = createSector("test-race");
        int wins = 0;
        int conflicts = 0;
        for (String body : simultaneously(
                () -> post(UPDATE_SECTOR, vars("id", id, "version", 0, "input", vars("nameFr", "Alpha")))
                        .extract().asString(),
                () -> post(UPDATE_SECTOR, vars("id", id, "version", 0, "input", vars("nameFr", "Beta")))
                        .extract().asString())) {
            wins += body.contains("\"updateSector\":{") ? 1 : 0;
            conflicts += body.contains("\"CONFLICT\"") ? 1 : 0;
        }
        assertThat("wins", wins, equalTo(1));
        assertThat("conflicts", conflicts, equalTo(1));
        ok("{ sectorBySlug(slug: \"test-race\") { version } }").body("data.sectorBySlug.version", equalTo(1));
    }

    @Test
    void shouldWriteNothingWhenAnyPartOfAMutationFails() {
        String id = createInitiative("test-rollback");
        // The title is valid and applied first; the date is not, so the whole mutation must roll back.
        expectError(post(UPDATE_INITIATIVE, vars("id", id, "version", 0, "input", vars("titleFr", "Partiel",
                "date", vars("value", "April", "precision", "MONTH")))), "VALIDATION");
        ok("query($id: ID!) { initiative(id: $id) { version titleTranslations { fr } history { totalCount } } }",
                vars("id", id))
                .body("data.initiative.version", equalTo(0))
                .body("data.initiative.titleTranslations.fr", nullValue())
                .body("data.initiative.history.totalCount", equalTo(1));
    }

    @Test
    void shouldRefuseToDeleteReferencedRecordsAndNameTheReferences() {
        String initiative = createInitiative("test-ref-owner");
        String sector = createSector("test-ref-sector");
        String organisation = createOrganisation("test-ref-org");
        String dataCentre = createDataCentre("test-ref-dc");
        String source = createSource("ref");
        ok("""
                mutation($i: ID!, $s: ID!, $o: ID!, $d: ID!, $src: ID!) {
                  a: linkInitiativeSector(initiativeId: $i, sectorId: $s) { id }
                  b: linkInitiativeOrganisation(initiativeId: $i, organisationId: $o) { id }
                  c: linkInitiativeDataCentre(initiativeId: $i, dataCentreId: $d) { id }
                  d: linkSource(recordId: $i, sourceId: $src) { id }
                }""", vars("i", initiative, "s", sector, "o", organisation, "d", dataCentre, "src", source));
        for (String[] target : new String[][] {{"deleteSector", sector}, {"deleteOrganisation", organisation},
                {"deleteDataCentre", dataCentre}, {"deleteSource", source}}) {
            expectError(post("mutation($id: ID!) { " + target[0] + "(id: $id, version: 0) { id } }",
                    vars("id", target[1])), "CONFLICT")
                    .body("errors[0].extensions.referencedBy", contains("initiative test-ref-owner"));
        }
        // An initiative is referenced by nothing: deleting it takes its links, not the linked records.
        ok("mutation($id: ID!) { deleteInitiative(id: $id, version: 4) { id } }", vars("id", initiative));
        ok("{ sectorBySlug(slug: \"test-ref-sector\") { initiatives { slug } } "
                + "organisationBySlug(slug: \"test-ref-org\") { initiatives { slug } } }")
                .body("data.sectorBySlug.initiatives.size()", equalTo(0))
                .body("data.organisationBySlug.initiatives.size()", equalTo(0));
        ok("mutation($id: ID!) { deleteOrganisation(id: $id, version: 0) { id } }", vars("id", organisation));
    }
}
