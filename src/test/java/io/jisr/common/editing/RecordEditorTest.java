package io.jisr.common.editing;

import static io.jisr.AdminGraphQL.ok;
import static io.jisr.AdminGraphQL.post;
import static io.jisr.TestMutations.CREATE_DATA_CENTRE;
import static io.jisr.TestMutations.CREATE_INITIATIVE;
import static io.jisr.TestMutations.CREATE_SECTOR;
import static io.jisr.TestMutations.UPDATE_INITIATIVE;
import static io.jisr.TestMutations.UPDATE_SECTOR;
import static io.jisr.TestMutations.createDataCentre;
import static io.jisr.TestMutations.createInitiative;
import static io.jisr.TestMutations.createOrganisation;
import static io.jisr.TestMutations.createSector;
import static io.jisr.TestMutations.createSource;
import static io.jisr.TestMutations.expectError;
import static io.jisr.TestMutations.initiativeInput;
import static io.jisr.TestMutations.vars;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The rules of the write path every record type shares (RecordEditor), over GraphQL: validation with field errors, slug conflicts, versions, concurrent writes, all-or-nothing mutations, references that block a delete. */
@QuarkusTest
class RecordEditorTest {

    @Test
    void shouldEnforceEveryValidationRuleWithFieldErrors() {
        expectError(post(CREATE_SECTOR, vars("input", vars("slug", "Not A Slug", "nameEn", "x"))), "VALIDATION")
                .body("errors[0].extensions.fields[0].field", equalTo("slug"));
        expectError(
                        post(
                                "mutation($input: SourceInput!) { createSource(input: $input) { id } }",
                                vars("input", vars("url", "ftp://example.org/x"))),
                        "VALIDATION")
                .body("errors[0].extensions.fields[0].field", equalTo("url"))
                .body("errors[0].extensions.fields[0].message", equalTo("must be an http or https URL"));
        expectError(
                        post(
                                "mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }",
                                vars(
                                        "input",
                                        vars(
                                                "slug",
                                                "test-bad-site",
                                                "nameEn",
                                                "x",
                                                "type",
                                                "COMPANY",
                                                "website",
                                                "not a url",
                                                "country",
                                                "France"))),
                        "VALIDATION")
                .body("errors[0].extensions.fields.field", containsInAnyOrder("country", "website"));
        Map<String, Object> dc = vars(
                "slug",
                "test-bad-dc",
                "nameEn",
                "x",
                "country",
                "SA",
                "status",
                "PLANNED",
                "confidence",
                "LOW",
                "latitude",
                95.0,
                "longitude",
                -200.0,
                "capacityMw",
                -1);
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
        expectError(
                        post(
                                "mutation($i: ID!) { linkInitiativeSector(initiativeId: $i, sectorId: \"U2VjdG9yOjk5OTk5\") { id } }",
                                vars("i", id)),
                        "VALIDATION")
                .body("errors[0].extensions.fields[0].field", equalTo("sectorId"));
        expectError(
                post("mutation { updateSector(id: \"U2VjdG9yOjk5OTk5\", version: 0, input: {nameFr: \"x\"}) { id } }"),
                "NOT_FOUND");
        // Text no database can store (NUL, a lone surrogate) is a validation error, not a database failure.
        expectError(
                        post(
                                CREATE_SECTOR,
                                vars("input", vars("slug", "test-nul", "nameEn", "a\u0000b", "nameFr", "\uD800"))),
                        "VALIDATION")
                .body("errors[0].extensions.fields.field", containsInAnyOrder("nameEn", "nameFr"));
        ok("{ dataCentreBySlug(slug: \"test-bad-dc\") { id } initiativeBySlug(slug: \"test-bad-date\") { id } }")
                .body("data.dataCentreBySlug", nullValue())
                .body("data.initiativeBySlug", nullValue());
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
        expectError(
                        post(
                                UPDATE_INITIATIVE,
                                vars("id", other, "version", 0, "input", vars("slug", "test-dup-initiative"))),
                        "CONFLICT")
                .body("errors[0].extensions.field", equalTo("slug"));

        createOrganisation("test-dup-org");
        expectError(
                        post(
                                "mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }",
                                vars(
                                        "input",
                                        vars(
                                                "slug",
                                                "test-dup-org",
                                                "nameEn",
                                                "Org again",
                                                "type",
                                                "COMPANY",
                                                "country",
                                                "FR"))),
                        "CONFLICT")
                .body("errors[0].extensions.field", equalTo("slug"));

        createDataCentre("test-dup-dc");
        expectError(
                        post(
                                CREATE_DATA_CENTRE,
                                vars(
                                        "input",
                                        vars(
                                                "slug",
                                                "test-dup-dc",
                                                "nameEn",
                                                "DC again",
                                                "country",
                                                "SA",
                                                "status",
                                                "PLANNED",
                                                "confidence",
                                                "LOW"))),
                        "CONFLICT")
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
        expectError(
                post("mutation($id: ID!) { deleteSector(id: $id, version: 0) { id } }", vars("id", id)), "CONFLICT");
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
                    () -> post(CREATE_INITIATIVE, vars("input", initiativeInput(slug)))
                            .extract()
                            .asString(),
                    () -> post(CREATE_INITIATIVE, vars("input", initiativeInput(slug)))
                            .extract()
                            .asString())) {
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
                        .extract()
                        .asString(),
                () -> post(UPDATE_SECTOR, vars("id", id, "version", 0, "input", vars("nameFr", "Beta")))
                        .extract()
                        .asString())) {
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
        expectError(
                post(
                        UPDATE_INITIATIVE,
                        vars(
                                "id",
                                id,
                                "version",
                                0,
                                "input",
                                vars("titleFr", "Partiel", "date", vars("value", "April", "precision", "MONTH")))),
                "VALIDATION");
        ok(
                        "query($id: ID!) { initiative(id: $id) { version titleTranslations { fr } history { totalCount } } }",
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
        for (String[] target : new String[][] {
            {"deleteSector", sector},
            {"deleteOrganisation", organisation},
            {"deleteDataCentre", dataCentre},
            {"deleteSource", source}
        }) {
            expectError(
                            post(
                                    "mutation($id: ID!) { " + target[0] + "(id: $id, version: 0) { id } }",
                                    vars("id", target[1])),
                            "CONFLICT")
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
