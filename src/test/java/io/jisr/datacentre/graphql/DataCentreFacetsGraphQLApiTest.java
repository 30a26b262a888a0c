package io.jisr.datacentre.graphql;

import static io.jisr.FacetAnswers.label;
import static io.jisr.FacetAnswers.value;
import static io.jisr.GraphQL.ok;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

import io.jisr.FacetAnswers;
import io.jisr.common.paging.Totals;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DataCentreFacetsGraphQLApiTest {

    @jakarta.inject.Inject
    org.hibernate.SessionFactory sessionFactory;

    @jakarta.inject.Inject
    Totals totals;

    private static final List<String> DIMENSIONS =
            List.of("sectors", "statuses", "capabilities", "countries", "operators", "cities", "years");

    private static final FacetAnswers DATA_CENTRES = new FacetAnswers(
            "dataCentres",
            "DataCentreFilter",
            DIMENSIONS,
            "sectors organisations operators countries statuses capabilities city cities yearFrom yearTo announcedFrom "
                    + "announcedTo search");

    private static final String CAPACITY =
            "query($byStatus: Boolean! = true, $byConfidence: Boolean! = false, $filter: DataCentreFilter) { "
                    + "dataCentres(first: 0, filter: $filter) { totalCount capacity(byStatus: $byStatus, byConfidence: "
                    + "$byConfidence) { status confidence "
                    + "dataCentres capacityMw { count sum min max } targetCapacityMw { count sum min max } } } }";

    private static final String ALL = "{ dataCentres(first: 100) { totalCount edges { node { status confidence "
            + "capacityMw targetCapacityMw } } } }";

    @Test
    @SuppressWarnings("unchecked")
    void shouldGiveEveryValueAFilterWhoseTotalCountIsItsCount() {
        Map<String, Object> arabic = DATA_CENTRES.facets(null, "AR");
        DATA_CENTRES.assertEveryValueSelectsItsCount(arabic);
        Map<String, Object> riyadhLabel =
                (Map<String, Object>) value(arabic, "cities", "Riyadh").get("label");
        assertThat("a city has no Arabic name yet: it falls back", riyadhLabel.get("fallback"), equalTo(true));
        assertThat(label(arabic, "statuses", "OPERATIONAL"), equalTo("قيد التشغيل"));
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

    private static final String LOCATED =
            "{ dataCentres(first: 100) { edges { node { id slug location { latitude " + "longitude exact } } } } }";

    private static final String MAP = "query($filter: DataCentreFilter, $orderBy: DataCentreOrder) { dataCentres("
            + "filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { distanceKm node { slug location { "
            + "exact } } } } }";

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> located() {
        List<Map<String, Object>> all = ok(LOCATED).extract().path("data.dataCentres.edges.node");
        return all.stream().filter(n -> n.get("location") != null).toList();
    }

    @SuppressWarnings("unchecked")
    private static double coordinate(Map<String, Object> node, String which) {
        return ((Number) ((Map<String, Object>) node.get("location")).get(which)).doubleValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldFindDataCentresNearAPointNearestFirstWithTheirDistance() {
        List<Map<String, Object>> located = located();
        Map<String, Object> centre = located.get(0);
        double lat = coordinate(centre, "latitude");
        double lon = coordinate(centre, "longitude");
        long expected = located.stream()
                .filter(n ->
                        io.jisr.common.Geo.distanceKm(lat, lon, coordinate(n, "latitude"), coordinate(n, "longitude"))
                                <= 300)
                .count();
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", Map.of("near", Map.of("latitude", lat, "longitude", lon, "radiusKm", 300)));
        variables.put("orderBy", Map.of("field", "DISTANCE"));
        Map<String, Object> page = ok(MAP, variables).extract().path("data.dataCentres");
        assertThat(page.get("totalCount"), equalTo((int) expected));
        List<Map<String, Object>> edges = (List<Map<String, Object>>) page.get("edges");
        double previous = -1;
        for (Map<String, Object> edge : edges) {
            double distance = ((Number) edge.get("distanceKm")).doubleValue();
            assertThat("nearest first", distance >= previous, equalTo(true));
            assertThat(distance <= 300.001, equalTo(true));
            previous = distance;
        }
        assertThat(((Number) edges.get(0).get("distanceKm")).doubleValue(), equalTo(0.0));
        // Paging by distance is stable: the second page starts after the first's last item.
        variables.put("filter", Map.of("near", Map.of("latitude", lat, "longitude", lon, "radiusKm", 20000)));
        String firstTwo = "query($filter: DataCentreFilter, $orderBy: DataCentreOrder, $after: String) { dataCentres("
                + "filter: $filter, orderBy: $orderBy, first: 2, after: $after) { edges { distanceKm node { slug } } "
                + "pageInfo { endCursor } } }";
        variables.put("after", null);
        Map<String, Object> one = ok(firstTwo, variables).extract().path("data.dataCentres");
        variables.put("after", ((Map<String, Object>) one.get("pageInfo")).get("endCursor"));
        List<Map<String, Object>> two = ok(firstTwo, variables).extract().path("data.dataCentres.edges");
        List<Map<String, Object>> firstEdges = (List<Map<String, Object>>) one.get("edges");
        assertThat(
                ((Number) two.get(0).get("distanceKm")).doubleValue()
                        >= ((Number) firstEdges.get(1).get("distanceKm")).doubleValue(),
                equalTo(true));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldFindDataCentresInABoxAndLeaveApproximateLocationsOutOnRequest() {
        List<Map<String, Object>> located = located();
        long inBox = located.stream()
                .filter(n -> coordinate(n, "latitude") >= 24 && coordinate(n, "latitude") <= 25.5)
                .filter(n -> coordinate(n, "longitude") >= 46 && coordinate(n, "longitude") <= 47.5)
                .count();
        assertThat("the box holds data centres", inBox, greaterThan(0L));
        Map<String, Object> box = Map.of("south", 24, "west", 46, "north", 25.5, "east", 47.5);
        ok(MAP, Map.of("filter", Map.of("within", box))).body("data.dataCentres.totalCount", equalTo((int) inBox));
        long exact = located.stream()
                .filter(n -> (Boolean) ((Map<String, Object>) n.get("location")).get("exact"))
                .count();
        assertThat("some locations are approximate", exact < located.size(), equalTo(true));
        ok(MAP, Map.of("filter", Map.of("exactOnly", true)))
                .body("data.dataCentres.totalCount", equalTo((int) exact))
                .body("data.dataCentres.edges.node.location.exact", org.hamcrest.Matchers.everyItem(equalTo(true)));
    }

    @Test
    void shouldRefuseAMapQueryThatCannotBeAnsweredWithACodedError() {
        Map<String, Object> upsideDown = Map.of("south", 26, "west", 46, "north", 24, "east", 47);
        io.jisr.GraphQL.post(MAP, Map.of("filter", Map.of("within", upsideDown)))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("data", nullValue());
        io.jisr.GraphQL.post(
                        MAP, Map.of("filter", Map.of("near", Map.of("latitude", 24, "longitude", 46, "radiusKm", -5))))
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        io.jisr.GraphQL.post(
                        MAP, Map.of("filter", Map.of("near", Map.of("latitude", 91, "longitude", 46, "radiusKm", 5))))
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        io.jisr.GraphQL.post(MAP, Map.of("orderBy", Map.of("field", "DISTANCE")))
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDrawEveryLocatedDataCentreAsAGeoJsonFeatureLongitudeFirst() {
        List<Map<String, Object>> located = located();
        Map<String, Object> collection = ok("{ dataCentres(first: 1) { geoJson(lang: AR) { type features { type id "
                        + "geometry { type coordinates } properties { slug name status capacityMw targetCapacityMw "
                        + "exact distanceKm } } } } }")
                .extract()
                .path("data.dataCentres.geoJson");
        assertThat(collection.get("type"), equalTo("FeatureCollection"));
        List<Map<String, Object>> features = (List<Map<String, Object>>) collection.get("features");
        assertThat("every located data centre, not only the page", features.size(), equalTo(located.size()));
        for (Map<String, Object> feature : features) {
            assertThat(feature.get("type"), equalTo("Feature"));
            Map<String, Object> properties = (Map<String, Object>) feature.get("properties");
            Map<String, Object> node = located.stream()
                    .filter(n -> n.get("slug").equals(properties.get("slug")))
                    .findFirst()
                    .orElseThrow();
            assertThat(feature.get("id"), equalTo(node.get("id")));
            Map<String, Object> geometry = (Map<String, Object>) feature.get("geometry");
            assertThat(geometry.get("type"), equalTo("Point"));
            List<Number> coordinates = (List<Number>) geometry.get("coordinates");
            assertThat(coordinates.get(0).doubleValue(), equalTo(coordinate(node, "longitude")));
            assertThat(coordinates.get(1).doubleValue(), equalTo(coordinate(node, "latitude")));
        }
    }

    @Test
    void shouldCostABoundedNumberOfStatementsWhateverTheNumberOfDataCentres() {
        totals.invalidate(); // what is counted already costs nothing: this is the first request of a filter
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        ok(DATA_CENTRES.query().replace("first: 1", "first: 100"), new HashMap<>());
        // Seven group-bys, the names of sectors and of operators, the page and its count.
        assertThat(statistics.getPrepareStatementCount() <= 11, equalTo(true));
        statistics.clear();
        ok("{ dataCentres(first: 100, filter: { near: { latitude: 24.7, longitude: 46.7, radiusKm: 500 } }) { "
                + "capacity(byConfidence: true) { dataCentres } geoJson { features { id properties { name } } } "
                + "edges { distanceKm } } }");
        // The page and its count, the capacity figures, the located data centres.
        assertThat(statistics.getPrepareStatementCount() <= 4, equalTo(true));
        statistics.clear();
        ok("{ dataCentres(filter: { statuses: [OPERATIONAL] }) { capacity { dataCentres capacityMw { sum } } } }");
        // A dashboard's figures alone: one group-by, no page.
        assertThat(statistics.getPrepareStatementCount(), equalTo(1L));
    }
}
