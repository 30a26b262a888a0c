package io.jisr.common.node;

import static io.jisr.GraphQL.ok;
import static io.jisr.GraphQL.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NodeGraphQLApiTest {

    private static final String NODE = """
            query($id: ID!) { node(id: $id) { __typename id
              ... on Initiative { slug } ... on Sector { slug } ... on Organisation { slug }
              ... on DataCentre { slug } ... on Source { url } } }""";

    private static String idOf(String query, String path) {
        return ok(query).extract().path(path);
    }

    @Test
    void shouldRefetchEveryTypeByGlobalId() {
        Map<String, String> ids = Map.of(
                "Initiative", idOf("{ initiativeBySlug(slug: \"srca-aphp-2025\") { id } }", "data.initiativeBySlug.id"),
                "Sector", idOf("{ sectorBySlug(slug: \"hpc\") { id } }", "data.sectorBySlug.id"),
                "Organisation", idOf("{ organisationBySlug(slug: \"ap-hp\") { id } }", "data.organisationBySlug.id"),
                "DataCentre", idOf("{ dataCentreBySlug(slug: \"oracle-neom\") { id } }", "data.dataCentreBySlug.id"),
                "Source",
                        idOf("{ sectorBySlug(slug: \"hpc\") { sources { id } } }", "data.sectorBySlug.sources[0].id"));
        ids.forEach((type, id) -> ok(NODE, Map.of("id", id))
                .body("data.node.__typename", equalTo(type))
                .body("data.node.id", equalTo(id)));
    }

    @Test
    void shouldReturnNullForUnknownIdsAndAnErrorForMalformedOnes() {
        ok(NODE, Map.of("id", GlobalId.encode(NodeType.INITIATIVE, 999_999L))).body("data.node", nullValue());
        post(NODE, Map.of("id", "not-an-id"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("data.node", nullValue());
        post(NODE, Map.of("id", GlobalId.encode(NodeType.SECTOR, 1L).replace('U', 'X')))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void shouldFetchManyNodesInRequestOrderWithNullsForMissing() {
        String a = idOf("{ sectorBySlug(slug: \"ai\") { id } }", "data.sectorBySlug.id");
        String b = idOf("{ initiativeBySlug(slug: \"srca-aphp-2025\") { id } }", "data.initiativeBySlug.id");
        String missing = GlobalId.encode(NodeType.DATA_CENTRE, 424_242L);
        ok(
                        "query($ids: [ID!]!) { nodes(ids: $ids) { id __typename ... on Sector { slug } ... on Initiative { slug } } }",
                        Map.of("ids", List.of(b, missing, a, b)))
                .body("data.nodes[0].slug", equalTo("srca-aphp-2025"))
                .body("data.nodes[2].slug", equalTo("ai"))
                .body("data.nodes[0].id", equalTo(b))
                .body("data.nodes[1]", nullValue())
                .body("data.nodes[2].__typename", equalTo("Sector"))
                .body("data.nodes[3].id", equalTo(b));
    }

    @Test
    void shouldCapTheNumberOfIds() {
        List<String> ids = new ArrayList<>(Collections.nCopies(101, GlobalId.encode(NodeType.SECTOR, 1L)));
        post("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", ids))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
