package io.jisr.source.graphql;

import static io.jisr.AdminGraphQL.ok;
import static io.jisr.AdminGraphQL.post;
import static io.jisr.TestMutations.createSector;
import static io.jisr.TestMutations.createSource;
import static io.jisr.TestMutations.expectError;
import static io.jisr.TestMutations.vars;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.jisr.common.node.GlobalId;
import io.jisr.common.node.NodeType;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Editing sources over GraphQL, and citing them on records. */
@QuarkusTest
class SourceEditingTest {

    @Test
    void shouldCreateUpdateAndDeleteASource() {
        String id = createSource("a");
        ok(
                        "mutation($id: ID!, $input: SourceInput!) { updateSource(id: $id, version: 0, input: $input) "
                                + "{ version publishedOn language quote } }",
                        vars("id", id, "input", vars("publishedOn", "2025-04-16", "language", "ar")))
                .body("data.updateSource.publishedOn", equalTo("2025-04-16"))
                .body("data.updateSource.quote", equalTo("«نص»"));
        ok("mutation($id: ID!) { deleteSource(id: $id, version: 1) { id } }", vars("id", id));
        ok("query($id: ID!) { node(id: $id) { id } }", vars("id", id)).body("data.node", nullValue());
    }

    @Test
    void shouldCiteOnlyOnRecordsThatCarrySources() {
        String source = createSource("self");
        String sector = createSector("test-cited");
        ok(
                        "mutation($r: ID!, $s: ID!) { linkSource(recordId: $r, sourceId: $s) { id } }",
                        vars("r", sector, "s", source))
                .body("data.linkSource.id", equalTo(sector));
        expectError(
                        post("mutation($s: ID!) { linkSource(recordId: $s, sourceId: $s) { id } }", vars("s", source)),
                        "VALIDATION")
                .body("errors[0].extensions.fields[0].field", equalTo("recordId"))
                .body(
                        "errors[0].extensions.fields[0].message",
                        equalTo("must be a record that carries sources, not a source"))
                .body("data", nullValue());
        expectError(
                post(
                        "mutation($r: ID!, $s: ID!) { linkSource(recordId: $r, sourceId: $s) { id } }",
                        vars("r", GlobalId.encode(NodeType.INITIATIVE, 999_999L), "s", source)),
                "NOT_FOUND");
    }
}
