package io.jisr;

import static io.jisr.GraphQL.ok;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The facets of one list ({@code initiatives}, {@code dataCentres}, {@code organisations}) as its tests ask for and
 * read them: every dimension's values with their label and filter, and the list's count for a filter.
 */
public record FacetAnswers(String list, String filterType, List<String> dimensions, String filterFields) {

    /** Every dimension's values with {@code label(lang: $lang)} and the filter's {@code filterFields}. */
    public String query() {
        String value = " { value count label(lang: $lang) { text fallback } filter { " + filterFields + " } }";
        return "query($filter: " + filterType + ", $lang: Language) { " + list + "(filter: $filter, first: 1) { "
                + "totalCount facets { "
                + String.join(" ", dimensions.stream().map(d -> d + value).toList()) + " } } }";
    }

    /** The list's answer (its totalCount and facets) for {@code filter} (null for none) in {@code lang}. */
    public Map<String, Object> facets(Map<String, Object> filter, String lang) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", filter);
        variables.put("lang", lang);
        return ok(query(), variables).extract().path("data." + list);
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> values(Map<String, Object> answer, String dimension) {
        return (List<Map<String, Object>>) ((Map<String, Object>) answer.get("facets")).get(dimension);
    }

    public static Map<String, Object> value(Map<String, Object> answer, String dimension, String value) {
        return values(answer, dimension).stream()
                .filter(v -> v.get("value").equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError(dimension + " has no " + value));
    }

    @SuppressWarnings("unchecked")
    public static String label(Map<String, Object> answer, String dimension, String value) {
        return (String) ((Map<String, Object>) value(answer, dimension, value).get("label")).get("text");
    }

    /** The value's own filter with the nulls GraphQL answers for unset fields left out, as a client would send it. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> filterOf(Map<String, Object> value) {
        Map<String, Object> filter = new HashMap<>((Map<String, Object>) value.get("filter"));
        filter.values().removeIf(Objects::isNull);
        return filter;
    }

    /** The list's totalCount for {@code filter}. */
    public int totalCount(Map<String, Object> filter) {
        return ok(
                        "query($filter: " + filterType + ") { " + list + "(filter: $filter, first: 0) { totalCount } }",
                        Map.of("filter", filter))
                .extract()
                .path("data." + list + ".totalCount");
    }

    /** Each dimension of {@code answer} has values, and each value's filter, sent back, counts what the value says. */
    public void assertEveryValueSelectsItsCount(Map<String, Object> answer) {
        for (String dimension : dimensions) {
            List<Map<String, Object>> values = values(answer, dimension);
            assertThat(dimension + " has values", values.size(), greaterThan(0));
            for (Map<String, Object> value : values) {
                assertThat(
                        dimension + " " + value.get("value"), totalCount(filterOf(value)), equalTo(value.get("count")));
            }
        }
    }
}
