package io.jisr.organisation.graphql;

import static io.jisr.FacetAnswers.filterOf;
import static io.jisr.FacetAnswers.label;
import static io.jisr.FacetAnswers.value;
import static io.jisr.FacetAnswers.values;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.jisr.FacetAnswers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Facets of the organisation list; its sectors are counted as the initiative feature says an organisation is in one. */
@QuarkusTest
class OrganisationFacetsGraphQLApiTest {

    private static final FacetAnswers ORGANISATIONS = new FacetAnswers(
            "organisations",
            "OrganisationFilter",
            List.of("types", "countries", "sectors"),
            "sectors countries types search");

    @Inject
    SessionFactory sessionFactory;

    private static Map<String, Object> facets(Map<String, Object> filter, String lang) {
        return ORGANISATIONS.facets(filter, lang);
    }

    private static int totalCount(Map<String, Object> filter) {
        return ORGANISATIONS.totalCount(filter);
    }

    @Test
    void shouldGiveEveryValueAFilterWhoseTotalCountIsItsCount() {
        Map<String, Object> all = facets(null, null);
        ORGANISATIONS.assertEveryValueSelectsItsCount(all);
        assertThat(values(all, "sectors").size(), greaterThan(1));
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
