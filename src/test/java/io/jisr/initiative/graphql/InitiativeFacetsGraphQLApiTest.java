package io.jisr.initiative.graphql;

import static io.jisr.FacetAnswers.filterOf;
import static io.jisr.FacetAnswers.label;
import static io.jisr.FacetAnswers.value;
import static io.jisr.FacetAnswers.values;
import static io.jisr.GraphQL.ok;
import static io.jisr.GraphQL.post;
import static io.jisr.TestMutations.createInitiative;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import io.jisr.FacetAnswers;
import io.jisr.common.paging.Totals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InitiativeFacetsGraphQLApiTest {

    private static final List<String> DIMENSIONS =
            List.of("sectors", "organisations", "countries", "statuses", "kinds", "years");

    private static final FacetAnswers INITIATIVES = new FacetAnswers(
            "initiatives",
            "InitiativeFilter",
            DIMENSIONS,
            "sectors organisations countries statuses kinds dataCentres dateFrom dateTo search");

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Totals totals;

    private static Map<String, Object> facets(Map<String, Object> filter, String lang) {
        return INITIATIVES.facets(filter, lang);
    }

    private static int totalCount(Map<String, Object> filter) {
        return INITIATIVES.totalCount(filter);
    }

    @Test
    void shouldGiveEveryValueAFilterWhoseTotalCountIsItsCount() {
        Map<String, Object> all = facets(null, null);
        INITIATIVES.assertEveryValueSelectsItsCount(all);
        // Every initiative has exactly one status and one kind.
        int total = (Integer) all.get("totalCount");
        assertThat(
                values(all, "statuses").stream()
                        .mapToInt(v -> (Integer) v.get("count"))
                        .sum(),
                equalTo(total));
        assertThat(
                values(all, "kinds").stream()
                        .mapToInt(v -> (Integer) v.get("count"))
                        .sum(),
                equalTo(total));
    }

    @Test
    void shouldCountADimensionWithoutItsOwnSelectionAndTheOthersWithIt() {
        Map<String, Object> all = facets(null, null);
        Map<String, Object> signed = facets(Map.of("statuses", List.of("SIGNED")), null);
        int signedCount = (Integer) value(all, "statuses", "SIGNED").get("count");
        assertThat(signed.get("totalCount"), equalTo(signedCount));
        // The ticked dimension still shows every status with its whole-catalogue count.
        assertThat(
                values(signed, "statuses"),
                equalTo(values(all, "statuses").stream()
                        .map(v -> withFilter(v, Map.of("statuses", List.of(v.get("value")))))
                        .toList()));
        // Every other dimension counts only signed initiatives.
        assertThat(
                values(signed, "kinds").stream()
                        .mapToInt(v -> (Integer) v.get("count"))
                        .sum(),
                equalTo(signedCount));
        assertThat(
                "IN_TALKS, selected beside SIGNED, keeps the rest of the filter",
                filterOf(value(signed, "statuses", "IN_TALKS")).get("statuses"),
                equalTo(List.of("IN_TALKS")));
        Map<String, Object> mou = value(signed, "kinds", "MOU");
        assertThat(filterOf(mou), equalTo(Map.of("statuses", List.of("SIGNED"), "kinds", List.of("MOU"))));
        assertThat(totalCount(filterOf(mou)), equalTo(mou.get("count")));
    }

    private static Map<String, Object> withFilter(Map<String, Object> value, Map<String, Object> filter) {
        Map<String, Object> copy = new HashMap<>(value);
        Map<String, Object> full = new HashMap<>();
        for (String field : List.of(
                "sectors",
                "organisations",
                "countries",
                "statuses",
                "kinds",
                "dataCentres",
                "dateFrom",
                "dateTo",
                "search")) {
            full.put(field, filter.get(field));
        }
        copy.put("filter", full);
        return copy;
    }

    @Test
    void shouldSelectAYearWithTheDateRangeAndLeaveUndatedInitiativesOut() {
        Map<String, Object> all = facets(null, null);
        List<Map<String, Object>> years = values(all, "years");
        Map<String, Object> first = years.get(0);
        String year = (String) first.get("value");
        assertThat(filterOf(first), equalTo(Map.of("dateFrom", year + "-01-01", "dateTo", year + "-12-31")));
        int dated = years.stream().mapToInt(v -> (Integer) v.get("count")).sum();
        assertThat(
                "each dated initiative falls in one year", dated, lessThanOrEqualTo((Integer) all.get("totalCount")));
    }

    @Test
    void shouldNameValuesInTheRequestedLanguage() {
        Map<String, Object> french = facets(null, "FR");
        assertThat(label(french, "statuses", "SIGNED"), equalTo("Signée"));
        assertThat(label(french, "kinds", "MOU"), equalTo("Protocole d’accord"));
        assertThat(label(french, "countries", "SA"), equalTo("Arabie saoudite"));
        Map<String, Object> arabic = facets(null, "AR");
        assertThat(label(arabic, "countries", "FR"), equalTo("فرنسا"));
        assertThat(label(arabic, "statuses", "IN_TALKS"), equalTo("قيد التفاوض"));
        Map<String, Object> english = facets(null, "EN");
        assertThat(label(english, "sectors", "digital-health"), equalTo("Digital health"));
        assertThat(label(english, "organisations", "thales"), equalTo("Thales"));
    }

    @Test
    void shouldCostOneStatementPerDimensionWhateverTheNumberOfValues() {
        totals.invalidate(); // what is counted already costs nothing: this is the first request of a filter
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        facets(Map.of("search", "a"), null);
        // Six group-bys, the names of sectors and of organisations, the page and its count.
        assertThat(statistics.getPrepareStatementCount(), lessThanOrEqualTo(10L));
    }

    @Test
    void shouldCountADashboardOnceUntilTheNextChangeAndReadNoPageItDoesNotShow() {
        String dashboard = "{ %s: initiatives(filter: { kinds: [MOU] }) { facets { statuses { value count } "
                + "sectors { value count label { text } } } valueTotals { currency count } } }";
        totals.invalidate();
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        Map<String, Object> first = ok(dashboard.formatted("a")).extract().path("data.a");
        // Statuses, sectors and their names, values per currency: no page, no count.
        assertThat(statistics.getPrepareStatementCount(), equalTo(4L));
        statistics.clear();
        assertThat(ok(dashboard.formatted("b")).extract().path("data.b"), equalTo(first));
        assertThat(statistics.getPrepareStatementCount(), equalTo(0L));
        // A page field anywhere in the selection, even behind a fragment, reads the page.
        ok("{ c: initiatives(filter: { kinds: [MOU] }) { ... on InitiativeConnection { ...Counted } } } "
                        + "fragment Counted on InitiativeConnection { totalCount }")
                .body("data.c.totalCount", greaterThan(0));
        assertThat(statistics.getPrepareStatementCount(), greaterThan(0L));

        // A change is counted at once: one more signed memorandum.
        int signed = signedCount(first);
        createInitiative("test-dashboard-count");
        statistics.clear();
        Map<String, Object> after = ok(dashboard.formatted("d")).extract().path("data.d");
        assertThat(signedCount(after), equalTo(signed + 1));
        assertThat(statistics.getPrepareStatementCount(), greaterThan(0L));
    }

    private static int signedCount(Map<String, Object> dashboard) {
        return values(dashboard, "statuses").stream()
                .filter(v -> v.get("value").equals("SIGNED"))
                .mapToInt(v -> (Integer) v.get("count"))
                .sum();
    }

    @Test
    void shouldGiveEveryConnectionBackWhenClientsLeaveDuringTheirDashboards() throws Exception {
        // Facets and figures of one connection are resolved at once, on several worker threads; clients that hang up
        // meanwhile end the request while some of them are still to run.
        String query = "{ initiatives(first: 20) { totalCount valueTotals { currency } timeline { undated } facets { "
                + "statuses { value count } kinds { value count } sectors { value count } years { value } } } }";
        for (int i = 0; i < 300; i++) {
            byte[] body = new io.vertx.core.json.JsonObject()
                    .put("query", query.replace("initiatives", "a" + i + ": initiatives"))
                    .encode()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
                socket.getOutputStream()
                        .write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                        + "Content-Length: " + body.length + "\r\n\r\n")
                                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().write(body);
                socket.getOutputStream().flush();
                if (i % 3 == 0) {
                    socket.getInputStream().read(); // some wait for the answer to begin
                }
            }
        }
        ok("{ initiatives(first: 1) { totalCount } }");
        // Every connection is back in the pool soon after (a leaked one stays taken for good).
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        long active;
        do {
            active = dataSource.getMetrics().activeCount();
        } while (active > 0 && System.nanoTime() < deadline && sleep());
        assertThat("connections still taken", active, equalTo(0L));
    }

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    private static boolean sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    @Test
    void shouldRefuseAnUnknownFacetWithACodedError() {
        post("{ initiatives { facets { colours { value } } } }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("data", not(hasItem("initiatives")));
    }

    private static final String ALL = "{ initiatives(first: 100) { totalCount edges { node { date { precision } "
            + "value { amount currency } } } } }";

    private static final String TIMELINE = "query($interval: TimelineInterval) { initiatives(first: 0) { totalCount "
            + "timeline(interval: $interval) { imprecise undated buckets { period start end exact possible filter { "
            + "dateFrom dateTo } } } } }";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> timeline(String interval) {
        Map<String, Object> initiatives =
                ok(TIMELINE, Map.of("interval", interval)).extract().path("data.initiatives");
        Map<String, Object> timeline = (Map<String, Object>) initiatives.get("timeline");
        int exact = ((List<Map<String, Object>>) timeline.get("buckets"))
                .stream().mapToInt(b -> (Integer) b.get("exact")).sum();
        assertThat(
                interval + ": exact + imprecise + undated is the total",
                exact + (Integer) timeline.get("imprecise") + (Integer) timeline.get("undated"),
                equalTo(initiatives.get("totalCount")));
        return timeline;
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldPutEachDatedInitiativeInOneYearAndTheUndatedApart() {
        Map<String, Object> years = timeline("YEAR");
        List<Map<String, Object>> all = ok(ALL).extract().path("data.initiatives.edges.node");
        long undated = all.stream().filter(n -> n.get("date") == null).count();
        assertThat(years.get("undated"), equalTo((int) undated));
        assertThat(years.get("imprecise"), equalTo(0));
        for (Map<String, Object> bucket : (List<Map<String, Object>>) years.get("buckets")) {
            assertThat(bucket.get("possible"), equalTo(0));
            assertThat(bucket.get("start"), equalTo(bucket.get("period") + "-01-01"));
            assertThat(totalCount(filterOf(bucket)), equalTo(bucket.get("exact")));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldNeverPlaceAnInitiativeKnownOnlyToTheYearInAMonth() {
        Map<String, Object> months = timeline("MONTH");
        List<Map<String, Object>> all = ok(ALL).extract().path("data.initiatives.edges.node");
        long imprecise = all.stream()
                .filter(n -> n.get("date") != null)
                .map(n -> ((Map<String, Object>) n.get("date")).get("precision"))
                .filter(p -> p.equals("YEAR") || p.equals("QUARTER"))
                .count();
        assertThat("the catalogue has initiatives known only to the year or quarter", imprecise, greaterThan(0L));
        assertThat(months.get("imprecise"), equalTo((int) imprecise));
        int possible = 0;
        for (Map<String, Object> bucket : (List<Map<String, Object>>) months.get("buckets")) {
            assertThat((String) bucket.get("period"), org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d{2}"));
            possible += (Integer) bucket.get("possible");
            // The bucket's filter selects what can fall in the month: the exact ones and the possible ones.
            assertThat(
                    totalCount(filterOf(bucket)),
                    equalTo((Integer) bucket.get("exact") + (Integer) bucket.get("possible")));
        }
        assertThat("a year-only initiative is possible in several months", possible, greaterThan((int) imprecise));
    }

    @Test
    void shouldRefuseAnIntervalTheTimelineDoesNotKnow() {
        post("{ initiatives { timeline(interval: WEEK) { undated } } }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    private static String create(String slug, Object amount, String currency) {
        Map<String, Object> input = io.jisr.TestMutations.initiativeInput(slug);
        if (amount != null) {
            input.put("value", io.jisr.TestMutations.vars("amount", amount, "currency", currency));
        }
        return io.jisr.AdminGraphQL.ok(
                        io.jisr.TestMutations.CREATE_INITIATIVE, io.jisr.TestMutations.vars("input", input))
                .extract()
                .path("data.createInitiative.id");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldAddUpStatedValuesPerCurrencyWithoutConverting() {
        List<String> ids = new java.util.ArrayList<>();
        try {
            ids.add(create("test-value-eur-1", 1500000, "EUR"));
            ids.add(create("test-value-eur-2", 500000.5, "EUR"));
            ids.add(create("test-value-sar-1", 2000000, "SAR"));
            ids.add(create("test-value-none", null, null));
            List<Map<String, Object>> totals = ok("{ initiatives(first: 0, filter: { search: \"test-value-\" }) { "
                            + "totalCount valueTotals { currency count sum min max } } }")
                    .body("data.initiatives.totalCount", equalTo(4))
                    .extract()
                    .path("data.initiatives.valueTotals");
            assertThat(totals.size(), equalTo(2));
            Map<String, Object> eur = totals.get(0);
            assertThat(eur.get("currency"), equalTo("EUR"));
            assertThat(eur.get("count"), equalTo(2));
            assertThat(
                    new java.math.BigDecimal(eur.get("sum").toString())
                            .compareTo(new java.math.BigDecimal("2000000.5")),
                    equalTo(0));
            assertThat(
                    new java.math.BigDecimal(eur.get("min").toString()).compareTo(new java.math.BigDecimal("500000.5")),
                    equalTo(0));
            assertThat(
                    new java.math.BigDecimal(eur.get("max").toString()).compareTo(new java.math.BigDecimal("1500000")),
                    equalTo(0));
            Map<String, Object> sar = totals.get(1);
            assertThat(sar.get("currency"), equalTo("SAR"));
            assertThat(sar.get("count"), equalTo(1));
            assertThat(
                    new java.math.BigDecimal(sar.get("sum").toString()).compareTo(new java.math.BigDecimal("2000000")),
                    equalTo(0));
        } finally {
            for (String id : ids) {
                io.jisr.AdminGraphQL.ok(
                        "mutation($id: ID!) { deleteInitiative(id: $id, version: 0) { id } }",
                        io.jisr.TestMutations.vars("id", id));
            }
        }
    }
}
