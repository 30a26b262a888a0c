package io.jisr.sector.graphql;

import static io.jisr.GraphQL.ok;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SectorGraphQLApiTest {

    private static final String LIST = """
            query($filter: SectorFilter, $orderBy: SectorOrder) {
              sectors(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { slug } } }
            }""";

    @Test
    void shouldSearchEveryLanguageIgnoringAccentsArabicLetterVariantsAndDiacritics() {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("sante numerique", "digital-health"); // stored: santé numérique
        expected.put("CYBERSÉCURITÉ", "cybersecurity"); // stored: cybersécurité
        expected.put("cybersecurite", "cybersecurity");
        expected.put("الحوسبه الكميه", "quantum"); // stored: الحوسبة الكمية (teh marbuta)
        expected.put("الحَوْسَبَة الكَمِّيَّة", "quantum"); // with harakat and shadda
        expected.put("الذكـــاء", "ai"); // with tatweel
        expected.put("الإصطناعي", "ai"); // stored: الاصطناعي (hamza below added)
        expected.put("ٱلذكاء", "ai"); // alef wasla
        expected.put("حوكمة البيانات", "data-governance");
        expected.forEach((search, slug) -> ok(LIST, Map.of("filter", Map.of("search", search)))
                .body("data.sectors.edges.node.slug", contains(slug)));
        // An organisation's Arabic name and its acronym, on the same folding.
        ok("{ organisations(first: 5, filter: {search: \"وكاله الفضاء\"}) { edges { node { slug } } } }")
                .body("data.organisations.edges.node.slug", contains("saudi-space-agency"));
    }

    @Test
    void shouldFilterAndOrderSectors() {
        ok(LIST, Map.of())
                .body("data.sectors.totalCount", equalTo(14))
                .body("data.sectors.edges[0].node.slug", equalTo("ai"));
        ok(LIST, Map.of("filter", Map.of("search", "cyber")))
                .body("data.sectors.edges.node.slug", contains("cybersecurity"));
        // French and Arabic names are searched too.
        ok(LIST, Map.of("filter", Map.of("search", "الذكاء"))).body("data.sectors.edges.node.slug", contains("ai"));
        ok(LIST, Map.of("orderBy", Map.of("field", "SLUG", "direction", "DESC")))
                .body("data.sectors.edges[0].node.slug", equalTo("startups"));
        ok(LIST, Map.of("orderBy", Map.of("field", "NAME", "direction", "DESC")))
                .body("data.sectors.edges[0].node.slug", equalTo("startups"));
        ok(LIST, Map.of("orderBy", Map.of("field", "CREATED_AT", "direction", "ASC")))
                .body("data.sectors.edges[0].node.slug", equalTo("ai"));
        // The last sector the bundled research changed (research-2026-12 corrected its French name).
        ok(LIST, Map.of("orderBy", Map.of("field", "UPDATED_AT", "direction", "DESC")))
                .body("data.sectors.edges[0].node.slug", equalTo("cloud"));
    }

    @Test
    void shouldFollowRelationsFromSector() {
        ok("{ sectorBySlug(slug: \"digital-health\") { initiatives { slug } dataCentres { slug } sources { url } description { text } } }")
                .body(
                        "data.sectorBySlug.initiatives.slug",
                        containsInAnyOrder(
                                "seha-gustave-roussy-2025", "hhc-france-biotech-2025", "hhc-sanofi-arabia-2025"))
                .body("data.sectorBySlug.dataCentres", equalTo(java.util.List.of()))
                .body("data.sectorBySlug.description", nullValue());
        String id = ok("{ sectorBySlug(slug: \"cloud\") { id } }").extract().path("data.sectorBySlug.id");
        ok("query($id: ID!) { sector(id: $id) { slug } }", Map.of("id", id)).body("data.sector.slug", equalTo("cloud"));
        ok("{ sectorBySlug(slug: \"unknown\") { slug } }").body("data.sectorBySlug", nullValue());
    }
}
