package io.jisr.initiative.graphql;

import static io.jisr.AdminGraphQL.ok;
import static io.jisr.TestMutations.CREATE_INITIATIVE;
import static io.jisr.TestMutations.UPDATE_INITIATIVE;
import static io.jisr.TestMutations.createDataCentre;
import static io.jisr.TestMutations.createInitiative;
import static io.jisr.TestMutations.createOrganisation;
import static io.jisr.TestMutations.createSector;
import static io.jisr.TestMutations.createSource;
import static io.jisr.TestMutations.initiativeInput;
import static io.jisr.TestMutations.vars;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.jisr.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Editing initiatives over GraphQL, and linking every relation of the data model both ways. */
@QuarkusTest
class InitiativeEditingTest {

    @Test
    void shouldCreateUpdateAndDeleteAnInitiativeWithPartialDates() {
        Map<String, Object> input = initiativeInput("test-initiative");
        input.put("date", vars("value", "2025-04", "precision", "MONTH"));
        input.put("value", vars("amount", 1500000, "currency", "EUR"));
        String id = ok(CREATE_INITIATIVE, vars("input", input))
                .body("data.createInitiative.date.text", equalTo("2025-04"))
                .body("data.createInitiative.value.currency", equalTo("EUR"))
                .extract()
                .path("data.createInitiative.id");
        ok(
                        UPDATE_INITIATIVE,
                        vars(
                                "id",
                                id,
                                "version",
                                0,
                                "input",
                                vars(
                                        "titleFr",
                                        "Initiative d'essai",
                                        "date",
                                        vars("value", "2025", "precision", "YEAR"))))
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
        ok(
                        "mutation($i: ID!, $o: ID!) { linkInitiativeOrganisation(initiativeId: $i, organisationId: $o, actingFor: \"SA\") "
                                + "{ partners { actingFor role } } }",
                        ids)
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
}
