package io.jisr.organisation.graphql;

import static io.jisr.GraphQL.ok;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Facets of the organisation list; its sectors are counted as the initiative feature says an organisation is in one. */
@QuarkusTest
class OrganisationFacetsGraphQLApiTest {

    private static final List<String> DIMENSIONS = List.of("types", "countries", "sectors");

    private static final String VALUE =
            "{ value count label(lang: $lang) { text } filter { sectors countries types search } }";

    private static final String FACETS = "query($filter: OrganisationFilter, $lang: Language) { organisations(filter: "
            + "$filter, first: 1) { totalCount facets { "
            + String.join(" ", DIMENSIONS.stream().map(d -> d + " " + VALUE).toList()) + " } } }";

    private static final String TOTAL =
            "query($filter: OrganisationFilter) { organisations(filter: $filter, first: 0) { totalCount } }";

    @Inject
    SessionFactory sessionFactory;

    private static Map<String, Object> facets(Map<String, Object> filter, String lang) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", filter);
        variables.put("lang", lang);
        return ok(FACETS, variables).extract().path("data.organisations");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> values(Map<String, Object> organisations, String dimension) {
        return (List<Map<String, Object>>) ((Map<String, Object>) organisations.get("facets")).get(dimension);
    }

    private static Map<String, Object> value(Map<String, Object> organisations, String dimension, String value) {
        return values(organisations, dimension).stream()
                .filter(v -> v.get("value").equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError(dimension + " has no " + value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> filterOf(Map<String, Object> value) {
        Map<String, Object> filter = new HashMap<>((Map<String, Object>) value.get("filter"));
        filter.values().removeIf(java.util.Objects::isNull);
        return filter;
    }

    private static int totalCount(Map<String, Object> filter) {
        return ok(TOTAL, Map.of("filter", filter)).extract().path("data.organisations.totalCount");
    }

    @SuppressWarnings("unchecked")
    private static String label(Map<String, Object> organisations, String dimension, String value) {
        return (String)
                ((Map<String, Object>) value(organisations, dimension, value).get("label")).get("text");
    }

    @Test
    void shouldGiveEveryValueAFilterWhoseTotalCountIsItsCount() {
        Map<String, Object> all = facets(null, null);
        for (String dimension : DIMENSIONS) {
            List<Map<String, Object>> values = values(all, dimension);
            assertThat(dimension + " has values", values.size(), greaterThan(1));
            for (Map<String, Object> value : values) {
                assertThat(
                        dimension + " " + value.get("value"), totalCount(filterOf(value)), equalTo(value.get("count")));
            }
        }
        // Every organisation has one type; a sector counts an organisation once however many initiatives it has there.
        assertThat(
                values(all, "types").stream()
                        .mapToInt(v -> (Integer) v.get("count"))
                        .sum(),
                equalTo(all.get("totalCount")));
        for (Map<String, Object> sector : values(all, "sectors")) {
            assertThat((Integer) sector.get("count"), lessThanOrEqualTo((Integer) all.get("totalCount")));
        }
    }

    @Test
    void shouldCountADimensionWithoutItsOwnSelectionAndTheOthersWithIt() {
        Map<String, Object> all = facets(null, null);
        Map<String, Object> companies = facets(Map.of("types", List.of("COMPANY")), null);
        int companyCount = (Integer) value(all, "types", "COMPANY").get("count");
        assertThat(companies.get("totalCount"), equalTo(companyCount));
        // The ticked dimension keeps its whole-list counts; the others count companies only.
        assertThat(
                values(companies, "types").stream().map(v -> v.get("count")).toList(),
                equalTo(values(all, "types").stream().map(v -> v.get("count")).toList()));
        assertThat(
                values(companies, "countries").stream()
                        .mapToInt(v -> (Integer) v.get("count"))
                        .sum(),
                lessThanOrEqualTo(companyCount));
        Map<String, Object> french = value(companies, "countries", "FR");
        assertThat(filterOf(french), equalTo(Map.of("types", List.of("COMPANY"), "countries", List.of("FR"))));
        assertThat(totalCount(filterOf(french)), equalTo(french.get("count")));
        Map<String, Object> sector = values(companies, "sectors").get(0);
        assertThat(totalCount(filterOf(sector)), equalTo(sector.get("count")));
    }

    @Test
    void shouldNameValuesInTheRequestedLanguage() {
        assertThat(label(facets(null, "FR"), "types", "COMPANY"), equalTo("Entreprise"));
        assertThat(label(facets(null, "AR"), "types", "UNIVERSITY"), equalTo("جامعة"));
        assertThat(label(facets(null, "AR"), "countries", "SA"), equalTo("المملكة العربية السعودية"));
        assertThat(label(facets(null, "EN"), "sectors", "digital-health"), equalTo("Digital health"));
    }

    @Test
    void shouldCostOneStatementPerDimensionWhateverTheNumberOfValues() {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        facets(Map.of("search", "a"), null);
        // Three group-bys, the names of sectors, the page and its count.
        assertThat(statistics.getPrepareStatementCount(), lessThanOrEqualTo(6L));
    }
}
