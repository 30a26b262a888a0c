package io.jisr.datacentre.graphql;

import static io.jisr.GraphQL.ok;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DataCentreGraphQLApiTest {

    private static final String LIST = """
            query($filter: DataCentreFilter, $orderBy: DataCentreOrder) {
              dataCentres(filter: $filter, orderBy: $orderBy, first: 100) {
                totalCount
                edges { node { slug year capacityMw targetCapacityMw updatedAt } }
              }
            }""";

    private static ValidatableResponse list(Map<String, Object> filter) {
        return ok(LIST, Map.of("filter", filter));
    }

    @Test
    void shouldFilterEachWay() {
        ok(LIST, Map.of()).body("data.dataCentres.totalCount", equalTo(33));
        list(Map.of("capabilities", List.of("HPC")))
                .body("data.dataCentres.edges.node.slug", contains("kaust-shaheen-iii"));
        list(Map.of("city", "DAMMAM"))
                .body(
                        "data.dataCentres.edges.node.slug",
                        containsInAnyOrder(
                                "humain-dammam-1",
                                "google-cloud-dammam",
                                "pif-google-ai-hub",
                                "center3-portfolio",
                                "edgnex-riyadh-dammam",
                                "saudi-call-crownland",
                                "ics-arabia-desert-dragon"));
        list(Map.of("organisations", List.of("humain")))
                .body(
                        "data.dataCentres.edges.node.slug",
                        containsInAnyOrder(
                                "humain-riyadh-1",
                                "humain-dammam-1",
                                "humain-xai-500mw",
                                "humain-airtrunk-campus",
                                "center3-humain-jv",
                                "humain-amd-cisco-jv-100mw",
                                "humain-infra-250mw",
                                "humain-nvidia-ai-factories",
                                "humain-aws-ai-zone"));
        list(Map.of("statuses", List.of("UNDER_CONSTRUCTION"), "capabilities", List.of("AI")))
                .body(
                        "data.dataCentres.edges.node.slug",
                        containsInAnyOrder("humain-riyadh-1", "humain-dammam-1", "ics-arabia-desert-dragon"));
        // 2023 was the announcement, not an opening, for Crownland and Oracle Riyadh (research-2026-12).
        list(Map.of("yearFrom", 2023, "yearTo", 2023))
                .body("data.dataCentres.totalCount", equalTo(4))
                .body("data.dataCentres.edges.node.year", everyItem(equalTo(2023)));
        list(Map.of("sectors", List.of("quantum")))
                .body("data.dataCentres.edges.node.slug", contains("aramco-dhahran-dc-pasqal"));
        list(Map.of("countries", List.of("SA"))).body("data.dataCentres.totalCount", equalTo(33));
        list(Map.of("countries", List.of("FR"))).body("data.dataCentres.totalCount", equalTo(0));
        list(Map.of("search", "shaheen")).body("data.dataCentres.edges.node.slug", contains("kaust-shaheen-iii"));
    }

    @Test
    void shouldOrderEachWay() {
        ok(LIST, Map.of())
                .body("data.dataCentres.edges[0].node.slug", equalTo("aramco-dhahran-dc-pasqal"))
                .body("data.dataCentres.edges[32].node.slug", equalTo("stc-alibaba-cloud"));
        ok(LIST, Map.of("orderBy", Map.of("field", "NAME", "direction", "DESC")))
                .body("data.dataCentres.edges[0].node.slug", equalTo("stc-alibaba-cloud"));
        ok(LIST, Map.of("orderBy", Map.of("field", "TARGET_CAPACITY", "direction", "DESC")))
                .body("data.dataCentres.edges[0].node.slug", equalTo("datavolt-oxagon"))
                .body("data.dataCentres.edges[32].node.targetCapacityMw", nullValue());
        ok(LIST, Map.of("orderBy", Map.of("field", "CAPACITY", "direction", "DESC")))
                .body("data.dataCentres.edges[0].node.slug", equalTo("datavolt-oxagon"));
        ok(LIST, Map.of("orderBy", Map.of("field", "YEAR", "direction", "ASC")))
                .body("data.dataCentres.edges[0].node.year", equalTo(2020))
                .body("data.dataCentres.edges[32].node.year", nullValue());
        ok(LIST, Map.of("orderBy", Map.of("field", "CREATED_AT")))
                .body("data.dataCentres.edges[0].node.slug", equalTo("humain-riyadh-1"));
        // The bundled research touched the records one by one after the seed.
        java.util.List<String> updated = ok(LIST, Map.of("orderBy", Map.of("field", "UPDATED_AT", "direction", "DESC")))
                .extract()
                .path("data.dataCentres.edges.node.updatedAt");
        org.hamcrest.MatcherAssert.assertThat(updated.size(), equalTo(33));
        org.hamcrest.MatcherAssert.assertThat(io.jisr.GraphQL.newestFirst(updated), equalTo(true));
    }

    @Test
    void shouldFollowRelationsFromDataCentre() {
        ok("""
                { dataCentreBySlug(slug: "aramco-dhahran-dc-pasqal") {
                    operator { slug }
                    partners { slug }
                    capabilities
                    sectors { slug }
                    initiatives { slug }
                    sources { url }
                    location { latitude longitude exact }
                    status statusNote country city
                } }""")
                .body("data.dataCentreBySlug.operator.slug", equalTo("aramco"))
                .body("data.dataCentreBySlug.partners.slug", contains("pasqal"))
                .body("data.dataCentreBySlug.capabilities", contains("QUANTUM"))
                .body("data.dataCentreBySlug.sectors.slug", containsInAnyOrder("data-centres", "quantum"))
                .body("data.dataCentreBySlug.initiatives.slug", contains("pasqal-aramco-quantum"))
                .body("data.dataCentreBySlug.location.exact", equalTo(false))
                .body("data.dataCentreBySlug.status", equalTo("OPERATIONAL"))
                .body("data.dataCentreBySlug.country", equalTo("SA"));
        ok("{ dataCentreBySlug(slug: \"humain-xai-500mw\") { location { latitude } partnersNote capacityMw targetCapacityMw } }")
                .body("data.dataCentreBySlug.location", nullValue())
                .body("data.dataCentreBySlug.partnersNote", equalTo("As reported: nvidia (chip supplier)"))
                .body("data.dataCentreBySlug.capacityMw", equalTo(50.0f))
                .body("data.dataCentreBySlug.targetCapacityMw", equalTo(500.0f));
    }

    @Test
    void shouldLookUpByIdAndSlug() {
        String id = ok("{ dataCentreBySlug(slug: \"kaust-shaheen-iii\") { id } }")
                .extract()
                .path("data.dataCentreBySlug.id");
        ok("query($id: ID!) { dataCentre(id: $id) { slug } }", Map.of("id", id))
                .body("data.dataCentre.slug", equalTo("kaust-shaheen-iii"));
        ok("{ dataCentreBySlug(slug: \"nowhere\") { id } }").body("data.dataCentreBySlug", nullValue());
        ok("{ sectorBySlug(slug: \"hpc\") { dataCentres { slug } } }")
                .body("data.sectorBySlug.dataCentres.slug", hasItem("kaust-shaheen-iii"));
    }
}
