package io.jisr.graphql.cost;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The static cost model, on the committed schema, without the application. */
class QueryCostTest {

    private static final GraphQLSchema SCHEMA = schema();
    private static final int LIST_ESTIMATE = 10;

    private static GraphQLSchema schema() {
        try {
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(
                    new SchemaParser().parse(Files.readString(Path.of("src/main/graphql/schema.graphql"))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static QueryCost.Result cost(String query, Map<String, Object> variables, ListSizes sizes) {
        Document document = Parser.parse(query);
        OperationDefinition operation =
                document.getDefinitionsOfType(OperationDefinition.class).get(0);
        return QueryCost.of(SCHEMA, document, operation, variables, LIST_ESTIMATE, sizes);
    }

    private static QueryCost.Result cost(String query) {
        return cost(query, Map.of(), new ListSizes());
    }

    @Test
    void shouldMultiplyChildrenByPageSizeAndListEstimate() {
        // Objects, with scalars free: node = 1 + title 1 + sectors 10 × 1 = 12; edges = 5 × (1 + 12) = 65; the count is
        // there once and free: connection = 1 + 65 = 66.
        QueryCost.Result result =
                cost("{ initiatives(first: 5) { totalCount edges { node { title { text } sectors { slug } } } } }");
        assertThat(result.cost(), equalTo(66L));
        assertThat(result.depth(), equalTo(5));
        assertThat(result.aliases(), equalTo(0));
        assertThat(result.maxRepeats(), equalTo(1));
    }

    @Test
    void shouldPriceAbsentPageSizeAsTheDefaultAndReadVariables() {
        String query = "query($n: Int) { initiatives(first: $n) { edges { node { slug } } } }";
        // 1 + edges n × (1 + node 1) = 1 + 2n
        assertThat(cost(query, Map.of("n", 100), new ListSizes()).cost(), equalTo(201L));
        assertThat(cost(query, Map.of(), new ListSizes()).cost(), equalTo(41L));
    }

    @Test
    void shouldUseMeasuredSizesForListsAndCapPagesByThem() {
        ListSizes measured = new ListSizes() {
            @Override
            public Long of(String type, String field) {
                return switch (type + "." + field) {
                    case "Initiative.sectors" -> 3L;
                    case "Query.initiatives" -> 2L;
                    default -> null;
                };
            }
        };
        // sectors: 3 × 1; a page of 100 holds at most the 2 rows that exist: 1 + 2 × (1 + node (1 + 3)).
        QueryCost.Result result =
                cost("{ initiatives(first: 100) { edges { node { slug sectors { slug } } } } }", Map.of(), measured);
        assertThat(result.cost(), equalTo(11L));
    }

    @Test
    void shouldCountAliasesRepeatsAndDepthThroughFragments() {
        QueryCost.Result result = cost("""
                query { a: sectors(first: 1) { ...s } b: sectors(first: 1) { ...s } }
                fragment s on SectorConnection { edges { node { slug slug slug } } }""");
        assertThat(result.aliases(), equalTo(2));
        assertThat(result.maxRepeats(), equalTo(3));
        assertThat(result.depth(), equalTo(4));
        // each: 1 + 1 × (edge 1 + node 1), the slugs free
        assertThat(result.cost(), equalTo(6L));
    }

    @Test
    void shouldCountIntrospectionFlatAndSurviveSelfSpreadingFragments() {
        assertThat(cost("{ __schema { types { name fields { name } } } }").cost(), equalTo(5L));
        // Validation reports the cycle later; the estimate must simply terminate.
        assertThat(
                cost("query { sectors { ...f } } fragment f on SectorConnection { totalCount ...f }")
                        .cost(),
                equalTo(1L));
    }

    @Test
    void shouldPriceAConnectionsFacetsAndFiguresOncePerConnectionNotPerItem() {
        String query = "query($n: Int) { initiatives(first: $n) { totalCount facets { statuses { value } } "
                + "edges { node { slug } } } }";
        // facets = 1 + statuses 10 × 1 = 11, whatever the page size; edges = n × 2.
        assertThat(cost(query, Map.of("n", 1), new ListSizes()).cost(), equalTo(1L + 11 + 2));
        assertThat(cost(query, Map.of("n", 100), new ListSizes()).cost(), equalTo(1L + 11 + 200));
    }
}
