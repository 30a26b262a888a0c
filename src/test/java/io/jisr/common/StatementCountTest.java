package io.jisr.common;

import static io.jisr.GraphQL.ok;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Relations are resolved in batches: the statements a request costs must not grow with the page size. */
@QuarkusTest
class StatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    io.jisr.common.paging.Totals totals;

    /** Statements of one run of {@code query}, with nothing counted beforehand (the worst case). */
    private long statementsFor(String query, int pageSize, String after) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("n", pageSize);
        variables.put("after", after);
        totals.invalidate();
        return statementsOfRun(query, variables);
    }

    private long statementsOfRun(String query, Map<String, Object> variables) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        ok(query, variables);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void shouldCountAFilterOnceUntilTheNextChange() {
        String query = "query($n: Int, $kind: [InitiativeKind]) { initiatives(first: $n, filter: { kinds: $kind }) "
                + "{ totalCount edges { node { slug } } } }";
        Map<String, Object> mous = Map.of("kind", java.util.List.of("MOU"));
        totals.invalidate();
        long first = statementsOfRun(query, new java.util.HashMap<>(Map.of("n", 2, "kind", mous.get("kind"))));
        long again = statementsOfRun(query, new java.util.HashMap<>(Map.of("n", 3, "kind", mous.get("kind"))));
        assertThat("the count is not repeated", again, equalTo(first - 1));
        int total = ok(query, new java.util.HashMap<>(Map.of("n", 1, "kind", mous.get("kind"))))
                .extract()
                .path("data.initiatives.totalCount");
        assertThat(total > 1, equalTo(true));
        totals.invalidate();
        assertThat(
                "counted again after a change",
                statementsOfRun(query, new java.util.HashMap<>(Map.of("n", 4, "kind", mous.get("kind")))),
                equalTo(first));
    }

    /**
     * Compares a page of 1 with a page of 100 (the whole catalogue of any kind). The single item is {@code richSlug},
     * a record that has every relation the query follows, so the small page runs every batch the large one does.
     */
    private void assertFlat(String query, String path, String richSlug, long expected) {
        java.util.List<String> slugs = ok(query, Map.of("n", 100)).extract().path(path + ".node.slug");
        java.util.List<String> cursors = ok(query, Map.of("n", 100)).extract().path(path + ".cursor");
        int index = slugs.indexOf(richSlug);
        assertThat(richSlug + " is on the large page", index >= 0, equalTo(true));
        long one = statementsFor(query, 1, index == 0 ? null : cursors.get(index - 1));
        long hundred = statementsFor(query, 100, null);
        int returned = ok(query, Map.of("n", 100)).extract().path(path + ".size()");
        assertThat("the large page must really hold more rows", returned > 10, equalTo(true));
        assertThat("statements for a page of 100 vs a page of 1 (" + one + ")", hundred, equalTo(one));
        assertThat(one, lessThanOrEqualTo(expected));
    }

    @Test
    void shouldTranslateEachQueryOfARepeatedReadOnlyOnce() {
        String query = """
                query($n: Int) { initiatives(first: $n) { edges { node {
                  slug sectors { slug } partners { organisation { slug } } dataCentres { slug operator { slug } }
                } } } }""";
        ok(query, Map.of("n", 7));
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        ok(query, Map.of("n", 7));
        long statements = statistics.getPrepareStatementCount();
        assertThat("statements run", statements >= 4, equalTo(true));
        // Each statement finds its HQL parsed and its SQL translation cached: two hits. A list-valued parameter makes
        // Hibernate skip the second cache and translate again on every call (hence Relations.keyed).
        assertThat("query plans reused", statistics.getQueryPlanCacheHitCount(), equalTo(2 * statements));
        assertThat("query plans built again", statistics.getQueryPlanCacheMissCount(), equalTo(0L));
    }

    @Test
    void shouldResolveInitiativeRelationsInBatches() {
        assertFlat("""
                query($n: Int, $after: String) { initiatives(first: $n, after: $after) { totalCount edges { cursor node {
                  slug title { text } sectors { slug dataCentres { slug } initiatives { slug } }
                  partners { actingFor organisation { slug operatedDataCentres { slug } } }
                  dataCentres { slug operator { slug } }
                  sources { url }
                } } } }""", "data.initiatives.edges", "pasqal-aramco-quantum", 11);
    }

    @Test
    void shouldResolveDataCentreRelationsInBatches() {
        assertFlat("""
                query($n: Int, $after: String) { dataCentres(first: $n, after: $after) { edges { cursor node {
                  slug name { text } capabilities operator { slug initiatives { slug } }
                  partners { slug } sectors { slug } initiatives { slug } sources { url }
                } } } }""", "data.dataCentres.edges", "aramco-dhahran-dc-pasqal", 10);
    }

    @Test
    void shouldResolveOrganisationRelationsInBatches() {
        assertFlat("""
                query($n: Int, $after: String) { organisations(first: $n, after: $after) { edges { cursor node {
                  slug initiatives { slug } operatedDataCentres { slug } partnerDataCentres { slug } sources { url }
                } } } }""", "data.organisations.edges", "aramco", 7);
    }

    @Test
    void shouldResolveTheSourcesOfTranslationsInBatches() {
        assertFlat("""
                query($n: Int, $after: String) { organisations(first: $n, after: $after) { edges { cursor node {
                  slug name(lang: AR) { text provenance { basis source { url quote } } }
                  nameTranslations { frProvenance { basis source { url } } }
                } } } }""", "data.organisations.edges", "health-holding-company", 3);
    }

    @Test
    void shouldResolveRelatedDataCentresAndDateSourcesInBatches() {
        assertFlat("""
                query($n: Int, $after: String) { dataCentres(first: $n, after: $after) { edges { cursor node {
                  slug overdue announced { text } expectedOpening { text } expectedOpeningSource { url }
                  related { kind evidence dataCentre { slug operator { slug } } }
                } } } }""", "data.dataCentres.edges", "ics-arabia-desert-dragon", 5);
    }

    @Test
    void shouldResolveTheEvidenceOfCorrectionsInBatches() {
        assertFlat("""
                query($n: Int, $after: String) { organisations(first: $n, after: $after) { edges { cursor node {
                  slug nameTranslations { arProvenance { basis correctionOf { text source { url quote copy { kind } } } }
                    frProvenance { correctionOf { source { url } } } }
                } } } }""", "data.organisations.edges", "cnil", 3);
    }
}
