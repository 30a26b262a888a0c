package io.jisr.organisation.graphql;

import static io.jisr.GraphQL.ok;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationGraphQLApiTest {

    private static final String LIST = """
            query($filter: OrganisationFilter, $orderBy: OrganisationOrder) {
              organisations(filter: $filter, orderBy: $orderBy, first: 100) {
                totalCount
                edges { node { slug country type updatedAt } }
              }
            }""";

    private static ValidatableResponse list(Map<String, Object> filter) {
        return ok(LIST, Map.of("filter", filter));
    }

    @Test
    void shouldFilterEachWay() {
        ok(LIST, Map.of()).body("data.organisations.totalCount", equalTo(70));
        list(Map.of("countries", List.of("US")))
                .body(
                        "data.organisations.edges.node.slug",
                        containsInAnyOrder(
                                "google-cloud",
                                "oracle",
                                "microsoft",
                                "aws",
                                "xai",
                                "equinix",
                                "amd",
                                "cisco",
                                "groq",
                                "nvidia"));
        list(Map.of("types", List.of("INVESTOR")))
                .body(
                        "data.organisations.edges.node.slug",
                        containsInAnyOrder(
                                "pif",
                                "sanabil",
                                "aramco-ventures",
                                "infra-saudi",
                                "blackstone",
                                "kkr",
                                "ewtp-arabia-capital"));
        list(Map.of("sectors", List.of("space")))
                .body(
                        "data.organisations.edges.node.slug",
                        org.hamcrest.Matchers.hasItems("cnes", "saudi-space-agency", "thales"));
        list(Map.of("search", "sdaia")).body("data.organisations.edges.node.slug", contains("sdaia"));
        list(Map.of("countries", List.of("FR"), "types", List.of("COMPANY")))
                .body("data.organisations.edges.node.country", everyItem(equalTo("FR")))
                .body("data.organisations.edges.node.type", everyItem(equalTo("COMPANY")));
    }

    @Test
    void shouldOrderEachWay() {
        ok(LIST, Map.of("orderBy", Map.of("field", "COUNTRY", "direction", "ASC")))
                .body("data.organisations.edges[0].node.country", equalTo("AE"))
                .body("data.organisations.edges[62].node.country", equalTo("US"))
                .body("data.organisations.edges[64].node.country", nullValue());
        ok(LIST, Map.of("orderBy", Map.of("field", "COUNTRY", "direction", "DESC")))
                .body("data.organisations.edges[0].node.country", equalTo("US"))
                .body("data.organisations.edges[64].node.country", nullValue());
        ok(LIST, Map.of("orderBy", Map.of("field", "NAME")))
                .body("data.organisations.edges[0].node.slug", equalTo("amd"))
                .body("data.organisations.edges[1].node.slug", equalTo("airtrunk"));
        ok(LIST, Map.of("orderBy", Map.of("field", "CREATED_AT")))
                .body("data.organisations.edges[0].node.slug", equalTo("government-of-saudi-arabia"));
        // The bundled research touched the records one by one after the seed.
        java.util.List<String> updated = ok(LIST, Map.of("orderBy", Map.of("field", "UPDATED_AT", "direction", "DESC")))
                .extract()
                .path("data.organisations.edges.node.updatedAt");
        org.hamcrest.MatcherAssert.assertThat(updated.size(), equalTo(70));
        org.hamcrest.MatcherAssert.assertThat(io.jisr.GraphQL.newestFirst(updated), equalTo(true));
    }

    @Test
    void shouldFollowRelationsFromOrganisation() {
        ok("""
                { organisationBySlug(slug: "humain") {
                    initiatives { slug }
                    operatedDataCentres { slug }
                    partnerDataCentres { slug }
                    sources { url }
                    typeNote acronym website
                } }""")
                .body(
                        "data.organisationBySlug.operatedDataCentres.slug",
                        containsInAnyOrder(
                                "humain-riyadh-1",
                                "humain-dammam-1",
                                "humain-xai-500mw",
                                "humain-airtrunk-campus",
                                "humain-amd-cisco-jv-100mw",
                                "humain-infra-250mw",
                                "humain-nvidia-ai-factories"))
                .body(
                        "data.organisationBySlug.partnerDataCentres.slug",
                        contains("center3-humain-jv", "humain-aws-ai-zone"))
                .body("data.organisationBySlug.initiatives", equalTo(List.of()))
                .body("data.organisationBySlug.typeNote", equalTo("company (AI, PIF-owned)"))
                .body("data.organisationBySlug.website", nullValue());
        ok("{ organisationBySlug(slug: \"mistral-ai\") { initiatives { slug } } }")
                .body(
                        "data.organisationBySlug.initiatives.slug",
                        containsInAnyOrder(
                                "mcit-mistral-talks-2025",
                                "sanabil-mistral-seriesb-2024",
                                "aramco-digital-sophia-antipolis-2026"));
        String id =
                ok("{ organisationBySlug(slug: \"cnil\") { id } }").extract().path("data.organisationBySlug.id");
        ok("query($id: ID!) { organisation(id: $id) { slug acronym } }", Map.of("id", id))
                .body("data.organisation.acronym", equalTo("CNIL"));
    }
}
