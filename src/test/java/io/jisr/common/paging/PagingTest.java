package io.jisr.common.paging;

import static io.jisr.GraphQL.ok;
import static io.jisr.GraphQL.post;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.jisr.AdminGraphQL;
import io.jisr.TestRecords;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Relay cursor paging, exercised on the sector list (14 records). */
@QuarkusTest
class PagingTest {

    private static final String PAGE = """
            query($first: Int, $after: String, $last: Int, $before: String, $orderBy: SectorOrder, $search: String) {
              sectors(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy,
                      filter: { search: $search }) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { slug } }
              }
            }""";

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            vars.put((String) pairs[i], pairs[i + 1]);
        }
        return vars;
    }

    private static List<String> allSlugs() {
        return ok(PAGE, vars("first", 100)).extract().path("data.sectors.edges.node.slug");
    }

    @Test
    void shouldWalkForwardThroughEveryPageWithoutGapsOrOverlaps() {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        int pages = 0;
        while (more) {
            var page = ok(PAGE, vars("first", 5, "after", after)).extract();
            seen.addAll(page.path("data.sectors.edges.node.slug"));
            more = page.path("data.sectors.pageInfo.hasNextPage");
            after = page.path("data.sectors.pageInfo.endCursor");
            pages++;
        }
        org.hamcrest.MatcherAssert.assertThat(pages, equalTo(3));
        org.hamcrest.MatcherAssert.assertThat(seen, equalTo(allSlugs()));
    }

    @Test
    void shouldWalkBackwardFromTheEnd() {
        List<String> all = allSlugs();
        var last = ok(PAGE, vars("last", 5))
                .body("data.sectors.pageInfo.hasNextPage", equalTo(false))
                .body("data.sectors.pageInfo.hasPreviousPage", equalTo(true))
                .extract();
        org.hamcrest.MatcherAssert.assertThat(last.path("data.sectors.edges.node.slug"), equalTo(all.subList(9, 14)));
        String before = last.path("data.sectors.pageInfo.startCursor");
        ok(PAGE, vars("last", 5, "before", before)).body("data.sectors.edges.node.slug", equalTo(all.subList(4, 9)));
        String firstCursor = ok(PAGE, vars("first", 1)).extract().path("data.sectors.pageInfo.startCursor");
        ok(PAGE, vars("last", 5, "before", firstCursor))
                .body("data.sectors.edges", hasSize(0))
                .body("data.sectors.pageInfo.hasPreviousPage", equalTo(false));
    }

    @Test
    void shouldCombineAfterAndBefore() {
        List<String> all = allSlugs();
        List<String> cursors = ok(PAGE, vars("first", 100)).extract().path("data.sectors.edges.cursor");
        ok(PAGE, vars("after", cursors.get(2), "before", cursors.get(6)))
                .body("data.sectors.edges.node.slug", equalTo(all.subList(3, 6)));
    }

    @Test
    void shouldReportLastPageAndEmptyResult() {
        ok(
                        PAGE,
                        vars(
                                "first",
                                10,
                                "after",
                                ok(PAGE, vars("first", 10)).extract().path("data.sectors.pageInfo.endCursor")))
                .body("data.sectors.edges", hasSize(4))
                .body("data.sectors.pageInfo.hasNextPage", equalTo(false))
                .body("data.sectors.pageInfo.hasPreviousPage", equalTo(true));
        ok(PAGE, vars("search", "no sector is called this"))
                .body("data.sectors.totalCount", equalTo(0))
                .body("data.sectors.edges", hasSize(0))
                .body("data.sectors.pageInfo.startCursor", nullValue())
                .body("data.sectors.pageInfo.endCursor", nullValue())
                .body("data.sectors.pageInfo.hasNextPage", equalTo(false));
        ok(PAGE, vars("first", 0)).body("data.sectors.edges", hasSize(0)).body("data.sectors.totalCount", equalTo(14));
    }

    @Test
    void shouldDefaultToTwentyItems() {
        ok("{ organisations { totalCount edges { cursor } pageInfo { hasNextPage } } }")
                .body("data.organisations.edges", hasSize(PageRequest.DEFAULT_SIZE))
                .body("data.organisations.pageInfo.hasNextPage", equalTo(true));
    }

    @Test
    void shouldRefusePageSizesOverTheCapOrNegative() {
        post("{ organisations(first: 101) { totalCount } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("`first` must be between 0 and 100; it was 101."));
        post("{ organisations(last: 1000) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post("{ organisations(first: -1) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post("{ organisations(first: 1, last: 1) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        ok("{ organisations(first: 100) { edges { cursor } } }").body("data.organisations.edges", hasSize(70));
    }

    @Test
    void shouldRefuseInvalidCursors() {
        for (String cursor : new String[] {"garbage", "", "Y3Vyc29yOnYxOk5BTUVfQVNDOi0x", "!!!"}) {
            post(PAGE, vars("after", cursor))
                    .statusCode(200)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", org.hamcrest.Matchers.startsWith("Invalid cursor"))
                    .body("data", nullValue());
        }
        // A cursor from another ordering is refused rather than misread.
        String byName = ok(PAGE, vars("first", 1)).extract().path("data.sectors.pageInfo.endCursor");
        post(PAGE, vars("after", byName, "orderBy", Map.of("field", "SLUG")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post(PAGE, vars("before", "bm9wZQ")).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        ok(PAGE, vars("after", byName))
                .body("data.sectors.edges[0].node.slug", equalTo(allSlugs().get(1)));
        ok(PAGE, vars("first", 2))
                .body(
                        "data.sectors.edges.node.slug",
                        contains(allSlugs().subList(0, 2).toArray()));
    }

    private static final String CREATE_SECTOR =
            "mutation($input: SectorInput!) { createSector(input: $input) { id version } }";
    private static final String DELETE_SECTOR =
            "mutation($id: ID!, $version: Int!) { deleteSector(id: $id, version: $version) { id } }";

    @Inject
    TestRecords records;

    /** Creates a sector whose name sorts first ({@code front}) or last by name, and returns {id, version}. */
    private static Map<String, Object> createSector(String slug, boolean front) {
        String name = (front ? "0000 " : "zzzz ") + slug;
        Map<String, Object> created = AdminGraphQL.ok(CREATE_SECTOR, vars("input", vars("slug", slug, "nameEn", name)))
                .extract()
                .path("data.createSector");
        return created;
    }

    private static void deleteSector(Map<String, Object> sector) {
        AdminGraphQL.ok(DELETE_SECTOR, vars("id", sector.get("id"), "version", sector.get("version")));
    }

    @Test
    void shouldNeitherRepeatNorSkipWhileRecordsAreCreatedAndDeleted() {
        List<String> stable = allSlugs();
        int run = 0;
        for (String field : List.of("NAME", "SLUG", "CREATED_AT", "UPDATED_AT")) {
            for (String direction : List.of("ASC", "DESC")) {
                for (boolean backwards : List.of(false, true)) {
                    run++;
                    // Records that disappear during the walk, on both ends of every ordering.
                    List<Map<String, Object>> doomed = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        doomed.add(createSector("test-doomed-" + run + "-" + i, i % 2 == 0));
                    }
                    List<String> seen = new ArrayList<>();
                    String cursor = null;
                    boolean more = true;
                    int fetch = 0;
                    while (more) {
                        Map<String, Object> orderBy = Map.of("field", field, "direction", direction);
                        var page = ok(
                                        PAGE,
                                        backwards
                                                ? vars("last", 4, "before", cursor, "orderBy", orderBy)
                                                : vars("first", 4, "after", cursor, "orderBy", orderBy))
                                .extract();
                        List<String> slugs = page.path("data.sectors.edges.node.slug");
                        List<String> inOrder = new ArrayList<>(slugs);
                        if (backwards) {
                            java.util.Collections.reverse(inOrder);
                        }
                        seen.addAll(inOrder);
                        more = page.path(
                                backwards
                                        ? "data.sectors.pageInfo.hasPreviousPage"
                                        : "data.sectors.pageInfo.hasNextPage");
                        cursor = page.path(
                                backwards ? "data.sectors.pageInfo.startCursor" : "data.sectors.pageInfo.endCursor");
                        // Between two fetches: one record created at each end, one that existed removed.
                        fetch++;
                        createSector("test-new-" + run + "-" + fetch + "-a", true);
                        createSector("test-new-" + run + "-" + fetch + "-b", false);
                        if (!doomed.isEmpty()) {
                            deleteSector(doomed.remove(0));
                        }
                        assertThat(
                                "walk " + field + " " + direction + (backwards ? " backwards" : ""),
                                fetch,
                                org.hamcrest.Matchers.lessThan(30));
                    }
                    String walk = field + " " + direction + (backwards ? " backwards" : "") + ": " + seen;
                    assertThat(walk, new java.util.HashSet<>(seen).size(), equalTo(seen.size()));
                    assertThat(
                            walk,
                            seen.stream().filter(stable::contains).toList(),
                            org.hamcrest.Matchers.containsInAnyOrder(stable.toArray()));
                    records.removeAll();
                }
            }
        }
    }

    @Test
    void shouldContinueAfterTheRowOfTheCursorIsDeleted() {
        List<String> stable = allSlugs();
        List<Map<String, Object>> front = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            front.add(createSector("test-front-" + i, true));
        }
        var page = ok(PAGE, vars("first", 3))
                .body("data.sectors.edges.node.slug", contains("test-front-1", "test-front-2", "test-front-3"))
                .extract();
        String end = page.path("data.sectors.pageInfo.endCursor");
        deleteSector(front.get(2));
        deleteSector(front.get(1));
        ok(PAGE, vars("first", 2, "after", end))
                .body(
                        "data.sectors.edges.node.slug",
                        contains(stable.subList(0, 2).toArray()))
                .body("data.sectors.pageInfo.hasPreviousPage", equalTo(true))
                .body("data.sectors.totalCount", equalTo(15));
        ok(PAGE, vars("last", 5, "before", end))
                .body("data.sectors.edges.node.slug", contains("test-front-1"))
                .body("data.sectors.pageInfo.hasPreviousPage", equalTo(false))
                .body("data.sectors.pageInfo.hasNextPage", equalTo(true));
    }

    @Test
    void shouldPageThroughMissingValuesInBothDirections() {
        // Many initiatives have no date; they sort last both ways and are paged by record key among themselves.
        for (String direction : List.of("ASC", "DESC")) {
            String query = """
                    query($after: String, $dir: OrderDirection) {
                      initiatives(first: 3, after: $after, orderBy: { field: DATE, direction: $dir }) {
                        pageInfo { hasNextPage endCursor } edges { node { slug date { text } } } } }""";
            List<String> all = ok(
                            "query($dir: OrderDirection) { initiatives(first: 100, orderBy: { field: DATE, "
                                    + "direction: $dir }) { edges { node { slug } } } }",
                            vars("dir", direction))
                    .extract()
                    .path("data.initiatives.edges.node.slug");
            List<String> seen = new ArrayList<>();
            String after = null;
            boolean more = true;
            while (more) {
                var page = ok(query, vars("after", after, "dir", direction)).extract();
                seen.addAll(page.path("data.initiatives.edges.node.slug"));
                more = page.path("data.initiatives.pageInfo.hasNextPage");
                after = page.path("data.initiatives.pageInfo.endCursor");
            }
            assertThat(direction, seen, equalTo(all));
            List<String> dates = ok(
                            "query($dir: OrderDirection) { initiatives(first: 100, orderBy: { field: DATE, "
                                    + "direction: $dir }) { edges { node { date { text } } } } }",
                            vars("dir", direction))
                    .extract()
                    .path("data.initiatives.edges.node.date.text");
            assertThat(
                    "undated last",
                    dates.indexOf(null) < 0
                            || dates.subList(dates.indexOf(null), dates.size()).stream()
                                    .allMatch(java.util.Objects::isNull),
                    equalTo(true));
        }
    }
}
