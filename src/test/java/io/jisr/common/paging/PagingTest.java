package io.jisr.common.paging;

import static io.jisr.GraphQL.ok;
import static io.jisr.GraphQL.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

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
        var last = ok(PAGE, vars("last", 5)).body("data.sectors.pageInfo.hasNextPage", equalTo(false))
                .body("data.sectors.pageInfo.hasPreviousPage", equalTo(true)).extract();
        org.hamcrest.MatcherAssert.assertThat(last.path("data.sectors.edges.node.slug"), equalTo(all.subList(9, 14)));
        String before = last.path("data.sectors.pageInfo.startCursor");
        ok(PAGE, vars("last", 5, "before", before))
                .body("data.sectors.edges.node.slug", equalTo(all.subList(4, 9)));
        String firstCursor = ok(PAGE, vars("first", 1)).extract().path("data.sectors.pageInfo.startCursor");
        ok(PAGE, vars("last", 5, "before", firstCursor)).body("data.sectors.edges", hasSize(0))
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
        ok(PAGE, vars("first", 10, "after", ok(PAGE, vars("first", 10)).extract()
                .path("data.sectors.pageInfo.endCursor")))
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
        post("{ organisations(first: 101) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("`first` must be between 0 and 100; it was 101."));
        post("{ organisations(last: 1000) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post("{ organisations(first: -1) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post("{ organisations(first: 1, last: 1) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        ok("{ organisations(first: 100) { edges { cursor } } }").body("data.organisations.edges", hasSize(54));
    }

    @Test
    void shouldRefuseInvalidCursors() {
        for (String cursor : new String[] {"garbage", "", "Y3Vyc29yOnYxOk5BTUVfQVNDOi0x", "!!!"}) {
            post(PAGE, vars("after", cursor)).statusCode(200)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", org.hamcrest.Matchers.startsWith("Invalid cursor"))
                    .body("data", nullValue());
        }
        // A cursor from another ordering is refused rather than misread.
        String byName = ok(PAGE, vars("first", 1)).extract().path("data.sectors.pageInfo.endCursor");
        post(PAGE, vars("after", byName, "orderBy", Map.of("field", "SLUG")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post(PAGE, vars("before", "bm9wZQ")).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        ok(PAGE, vars("after", byName)).body("data.sectors.edges[0].node.slug",
                equalTo(allSlugs().get(1)));
        ok(PAGE, vars("first", 2)).body("data.sectors.edges.node.slug", contains(allSlugs().subList(0, 2).toArray()));
    }
}
