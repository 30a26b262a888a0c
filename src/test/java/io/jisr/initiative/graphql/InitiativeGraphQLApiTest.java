package io.jisr.initiative.graphql;

import static io.jisr.GraphQL.ok;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InitiativeGraphQLApiTest {

    private static final String LIST = """
            query($filter: InitiativeFilter, $orderBy: InitiativeOrder) {
              initiatives(filter: $filter, orderBy: $orderBy, first: 100) {
                totalCount
                edges { node { slug } }
              }
            }""";

    private static io.restassured.response.ValidatableResponse list(Map<String, Object> filter) {
        return ok(LIST, Map.of("filter", filter));
    }

    @Test
    void shouldListWholeCatalogueWithoutFilter() {
        ok(LIST, Map.of()).body("data.initiatives.totalCount", equalTo(22));
    }

    @Test
    void shouldFilterBySector() {
        list(Map.of("sectors", java.util.List.of("digital-health")))
                .body(
                        "data.initiatives.edges.node.slug",
                        containsInAnyOrder(
                                "seha-gustave-roussy-2025", "hhc-france-biotech-2025", "hhc-sanofi-arabia-2025"));
    }

    @Test
    void shouldFilterByOrganisation() {
        list(Map.of("organisations", java.util.List.of("thales")))
                .body(
                        "data.initiatives.edges.node.slug",
                        containsInAnyOrder(
                                "rcu-thales-alula-security-2023",
                                "mcit-thales-talks-2025",
                                "ssa-cnes-thales-talks-2023"));
    }

    @Test
    void shouldFilterByCountryOfAnyParty() {
        // hhc-sanofi-arabia-2025 has no party sourced as acting for France.
        list(Map.of("countries", java.util.List.of("FR")))
                .body("data.initiatives.totalCount", equalTo(20))
                .body("data.initiatives.edges.node.slug", org.hamcrest.Matchers.not(hasItem("hhc-sanofi-arabia-2025")));
    }

    @Test
    void shouldFilterByStatusAndKind() {
        list(Map.of("statuses", java.util.List.of("IN_TALKS"))).body("data.initiatives.totalCount", equalTo(5));
        list(Map.of("kinds", java.util.List.of("MOU")))
                .body(
                        "data.initiatives.edges.node.slug",
                        containsInAnyOrder(
                                "hhc-france-biotech-2025",
                                "hhc-sanofi-arabia-2025",
                                "sanofi-lifera-arabio-2023",
                                "schneider-rcu-mou-2023",
                                "strategic-partnership-council-mou-2024"));
        list(Map.of("kinds", java.util.List.of("MOU"), "statuses", java.util.List.of("ANNOUNCED")))
                .body("data.initiatives.edges.node.slug", contains("schneider-rcu-mou-2023"));
    }

    @Test
    void shouldFilterByDataCentre() {
        list(Map.of("dataCentres", java.util.List.of("aramco-dhahran-dc-pasqal")))
                .body("data.initiatives.edges.node.slug", contains("pasqal-aramco-quantum"));
    }

    @Test
    void shouldFilterByDateRangeHonouringPrecision() {
        // hhc-sanofi-arabia-2025 is dated only "2025-04": it can fall in the last days of April.
        list(Map.of("dateFrom", "2025-04-20", "dateTo", "2025-04-30"))
                .body("data.initiatives.edges.node.slug", contains("hhc-sanofi-arabia-2025"));
        list(Map.of("dateFrom", "2024-01-01", "dateTo", "2024-12-31"))
                .body(
                        "data.initiatives.edges.node.slug",
                        containsInAnyOrder(
                                "pasqal-aramco-quantum",
                                "strategic-partnership-council-mou-2024",
                                "sanabil-mistral-seriesb-2024",
                                "french-space-days-riyadh-2024"));
    }

    @Test
    void shouldSearchTitlesCaseInsensitivelyAndTreatWildcardsLiterally() {
        list(Map.of("search", "GUSTAVE"))
                .body("data.initiatives.edges.node.slug", contains("seha-gustave-roussy-2025"));
        list(Map.of("search", "%")).body("data.initiatives.totalCount", equalTo(0));
        list(Map.of("search", "_")).body("data.initiatives.totalCount", equalTo(0));
        list(Map.of("search", "'; drop table initiative; --")).body("data.initiatives.totalCount", equalTo(0));
        ok(LIST, Map.of()).body("data.initiatives.totalCount", equalTo(22));
    }

    @Test
    void shouldOrderByDateNewestFirstByDefaultWithUndatedLast() {
        // Undated initiatives come last either way, ordered among themselves by record key.
        ok(LIST, Map.of())
                .body("data.initiatives.edges[0].node.slug", equalTo("aramco-digital-sophia-antipolis-2026"))
                .body("data.initiatives.edges[1].node.slug", equalTo("aramco-ventures-paris-office-2025"))
                .body("data.initiatives.edges[2].node.slug", equalTo("interior-security-document-2025"))
                .body("data.initiatives.edges[20].node.slug", equalTo("sanofi-sudair-nupco-insulin"))
                .body("data.initiatives.edges[21].node.slug", equalTo("booster-grow-global-phase4"));
        ok(LIST, Map.of("orderBy", Map.of("field", "DATE", "direction", "ASC")))
                .body("data.initiatives.edges[0].node.slug", equalTo("schneider-rcu-mou-2023"))
                .body("data.initiatives.edges[19].node.slug", equalTo("aramco-digital-sophia-antipolis-2026"))
                .body("data.initiatives.edges[20].node.slug", equalTo("booster-grow-global-phase4"));
    }

    @Test
    void shouldOrderByTitle() {
        ok(LIST, Map.of("orderBy", Map.of("field", "TITLE")))
                .body("data.initiatives.edges[0].node.slug", equalTo("booster-grow-global-phase4"))
                .body("data.initiatives.edges[1].node.slug", equalTo("aramco-digital-sophia-antipolis-2026"))
                .body("data.initiatives.edges[2].node.slug", equalTo("aramco-ventures-paris-office-2025"));
    }

    @Test
    void shouldBreakTiesByRecordWhenOrderingByTimestamps() {
        // The seed writes every row in one transaction, so all creation times tie and the record key decides; the
        // research's new records come after them.
        ok(LIST, Map.of("orderBy", Map.of("field", "CREATED_AT", "direction", "ASC")))
                .body("data.initiatives.edges[0].node.slug", equalTo("seha-gustave-roussy-2025"))
                .body("data.initiatives.edges[18].node.slug", equalTo("interior-security-document-2025"))
                .body("data.initiatives.edges[19].node.slug", equalTo("aramco-ventures-paris-office-2025"));
        ok(LIST, Map.of("orderBy", Map.of("field", "CREATED_AT", "direction", "DESC")))
                .body("data.initiatives.edges[0].node.slug", equalTo("aramco-digital-sophia-antipolis-2026"));
        // The bundled research then touched them one by one.
        java.util.List<String> updated = ok("{ initiatives(first: 100, orderBy: {field: UPDATED_AT, direction: DESC}) "
                        + "{ edges { node { updatedAt } } } }")
                .extract()
                .path("data.initiatives.edges.node.updatedAt");
        org.hamcrest.MatcherAssert.assertThat(updated.size(), equalTo(22));
        org.hamcrest.MatcherAssert.assertThat(io.jisr.GraphQL.newestFirst(updated), equalTo(true));
    }

    @Test
    void shouldLookUpBySlugAndByIdAndReturnNullWhenUnknown() {
        String id = ok("{ initiativeBySlug(slug: \"pasqal-aramco-quantum\") { id } }")
                .extract()
                .path("data.initiativeBySlug.id");
        ok(
                        "query($id: ID!) { initiative(id: $id) { slug kind status statusNote confidence conflictNote "
                                + "date { text precision earliest latest } version createdAt updatedAt } }",
                        Map.of("id", id))
                .body("data.initiative.slug", equalTo("pasqal-aramco-quantum"))
                .body("data.initiative.kind", equalTo("JOINT_PROJECT"))
                .body("data.initiative.status", equalTo("COMPLETED"))
                .body("data.initiative.statusNote", equalTo("installed and reported operational (Nov 2025)"))
                .body("data.initiative.date.precision", org.hamcrest.Matchers.notNullValue())
                .body("data.initiative.conflictNote", org.hamcrest.Matchers.startsWith("Location:"))
                // Created at 0 by V2; the bundled research then set its titles and cited their sources: one import,
                // one version.
                .body("data.initiative.version", equalTo(1));
        ok("{ initiativeBySlug(slug: \"no-such-initiative\") { id } }").body("data.initiativeBySlug", nullValue());
        // A well-formed id of another type is not an initiative.
        String sectorId = ok("{ sectorBySlug(slug: \"ai\") { id } }").extract().path("data.sectorBySlug.id");
        ok("query($id: ID!) { initiative(id: $id) { slug } }", Map.of("id", sectorId))
                .body("data.initiative", nullValue());
    }

    @Test
    void shouldExposeMonthPrecisionDates() {
        ok("{ initiativeBySlug(slug: \"hhc-sanofi-arabia-2025\") { date { text precision earliest latest } } }")
                .body("data.initiativeBySlug.date.text", equalTo("2025-04"))
                .body("data.initiativeBySlug.date.precision", equalTo("MONTH"))
                .body("data.initiativeBySlug.date.earliest", equalTo("2025-04-01"))
                .body("data.initiativeBySlug.date.latest", equalTo("2025-04-30"));
        ok("{ initiativeBySlug(slug: \"booster-grow-global-phase4\") { date { text } value { amount } } }")
                .body("data.initiativeBySlug.date", nullValue())
                .body("data.initiativeBySlug.value", nullValue());
    }

    @Test
    void shouldFollowRelationsFromInitiative() {
        ok("""
                { initiativeBySlug(slug: "pasqal-aramco-quantum") {
                    sectors { slug }
                    partners { actingFor role organisation { slug } }
                    dataCentres { slug }
                    sources { url publisher quote }
                } }""")
                .body("data.initiativeBySlug.sectors.slug", hasItem("quantum"))
                .body("data.initiativeBySlug.partners.organisation.slug", containsInAnyOrder("pasqal", "aramco"))
                .body(
                        "data.initiativeBySlug.partners.find { it.organisation.slug == 'pasqal' }.actingFor",
                        equalTo("FR"))
                .body("data.initiativeBySlug.dataCentres.slug", contains("aramco-dhahran-dc-pasqal"))
                .body("data.initiativeBySlug.sources.size()", org.hamcrest.Matchers.greaterThan(0));
        ok("{ initiativeBySlug(slug: \"french-space-days-riyadh-2024\") { partners { role organisation { slug } } } }")
                .body(
                        "data.initiativeBySlug.partners.find { it.organisation.slug == 'business-france' }.role",
                        equalTo("organiser"));
    }
}
