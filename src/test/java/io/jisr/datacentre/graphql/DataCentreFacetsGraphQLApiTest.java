package io.jisr.datacentre.graphql;

import static io.jisr.GraphQL.ok;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DataCentreFacetsGraphQLApiTest {

    private static final List<String> DIMENSIONS =
            List.of("sectors", "statuses", "capabilities", "countries", "operators", "cities", "years");

    private static final String FILTER_FIELDS = "sectors organisations operators countries statuses capabilities "
            + "city cities yearFrom yearTo announcedFrom announcedTo search";

    private static final String FACETS = "query($filter: DataCentreFilter) { dataCentres(filter: $filter, first: 1) { "
            + "totalCount facets { "
            + String.join(
                    " ",
                    DIMENSIONS.stream()
                            .map(d -> d + " { value count label(lang: AR) { text fallback } filter { " + FILTER_FIELDS
                                    + " } }")
                            .toList())
            + " } } }";

    private static final String TOTAL =
            "query($filter: DataCentreFilter) { dataCentres(filter: $filter, first: 0) { totalCount } }";

    private static final String CAPACITY =
            "query($byStatus: Boolean! = true, $byConfidence: Boolean! = false, $filter: DataCentreFilter) { "
                    + "dataCentres(first: 0, filter: $filter) { totalCount capacity(byStatus: $byStatus, byConfidence: "
                    + "$byConfidence) { status confidence "
                    + "dataCentres capacityMw { count sum min max } targetCapacityMw { count sum min max } } } }";

    private static final String ALL = "{ dataCentres(first: 100) { totalCount edges { node { status confidence "
            + "capacityMw targetCapacityMw } } } }";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> filterOf(Map<String, Object> value) {
        Map<String, Object> filter = new HashMap<>((Map<String, Object>) value.get("filter"));
        filter.values().removeIf(Objects::isNull);
        return filter;
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldGiveEveryValueAFilterWhoseTotalCountIsItsCount() {
        Map<String, Object> filter = new HashMap<>();
        filter.put("filter", null);
        Map<String, Object> facets = ok(FACETS, filter).extract().path("data.dataCentres.facets");
        for (String dimension : DIMENSIONS) {
            List<Map<String, Object>> values = (List<Map<String, Object>>) facets.get(dimension);
            assertThat(dimension + " has values", values.size(), greaterThan(0));
            for (Map<String, Object> value : values) {
                int total =
                        ok(TOTAL, Map.of("filter", filterOf(value))).extract().path("data.dataCentres.totalCount");
                assertThat(dimension + " " + value.get("value"), total, equalTo(value.get("count")));
            }
        }
        Map<String, Object> riyadhLabel = (Map<String, Object>) ((List<Map<String, Object>>) facets.get("cities"))
                .stream()
                        .filter(v -> v.get("value").equals("Riyadh"))
                        .findFirst()
                        .orElseThrow()
                        .get("label");
        assertThat("a city has no Arabic name yet: it falls back", riyadhLabel.get("fallback"), equalTo(true));
        Map<String, Object> operational = ((List<Map<String, Object>>) facets.get("statuses"))
                .stream()
                        .filter(v -> v.get("value").equals("OPERATIONAL"))
                        .findFirst()
                        .orElseThrow();
        assertThat(((Map<String, Object>) operational.get("label")).get("text"), equalTo("قيد التشغيل"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldSplitCapacityByStatusAndNeverMixStatusesUnasked() {
        List<Map<String, Object>> all = ok(ALL).extract().path("data.dataCentres.edges.node");
        Map<String, BigDecimal> expected = new TreeMap<>();
        for (Map<String, Object> node : all) {
            if (node.get("capacityMw") != null) {
                expected.merge(
                        (String) node.get("status"),
                        new BigDecimal(node.get("capacityMw").toString()),
                        BigDecimal::add);
            }
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", null);
        List<Map<String, Object>> groups = ok(CAPACITY, variables).extract().path("data.dataCentres.capacity");
        int dataCentres = 0;
        Map<String, BigDecimal> actual = new TreeMap<>();
        for (Map<String, Object> group : groups) {
            assertThat("grouped by status by default", group.get("status") != null, equalTo(true));
            assertThat(group.get("confidence"), nullValue());
            dataCentres += (Integer) group.get("dataCentres");
            Object sum = ((Map<String, Object>) group.get("capacityMw")).get("sum");
            if (sum != null) {
                actual.put((String) group.get("status"), new BigDecimal(sum.toString()));
            }
        }
        assertThat(dataCentres, equalTo(all.size()));
        assertThat(actual.keySet(), equalTo(expected.keySet()));
        expected.forEach((status, sum) -> assertThat(status, actual.get(status).compareTo(sum), equalTo(0)));

        variables.put("byConfidence", true);
        List<Map<String, Object>> both = ok(CAPACITY, variables).extract().path("data.dataCentres.capacity");
        assertThat(both.size() >= groups.size(), equalTo(true));
        assertThat(both.get(0).get("confidence") != null, equalTo(true));

        variables.put("byStatus", false);
        variables.put("byConfidence", false);
        variables.put("filter", Map.of("statuses", List.of("OPERATIONAL")));
        List<Map<String, Object>> one = ok(CAPACITY, variables).extract().path("data.dataCentres.capacity");
        assertThat(one.size(), equalTo(1));
        assertThat(one.get(0).get("status"), nullValue());
        assertThat(
                new BigDecimal(((Map<String, Object>) one.get(0).get("capacityMw"))
                                .get("sum")
                                .toString())
                        .compareTo(expected.get("OPERATIONAL")),
                equalTo(0));
    }
}
