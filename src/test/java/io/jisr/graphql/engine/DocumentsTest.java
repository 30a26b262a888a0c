package io.jisr.graphql.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

class DocumentsTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator()
            .makeExecutableSchema(
                    new SchemaParser().parse("type Query { sector(slug: String!): String }"),
                    RuntimeWiring.MOCKED_WIRING);

    private final Documents documents = new Documents() {
        @Override
        GraphQLSchema schema() {
            return SCHEMA;
        }
    };

    {
        documents.maxTokens = 100;
        documents.maxWhitespaceTokens = 100;
    }

    /** What graphql-java is handed for a request the edge parsed: the edge's document, validated or refused. */
    private PreparsedDocumentEntry run(String query, Document parsed) throws Exception {
        ExecutionInput input = ExecutionInput.newExecutionInput(query)
                .graphQLContext(Exchanges.with(exchange -> exchange.document(parsed)))
                .build();
        return documents
                .getDocumentAsync(input, i -> {
                    throw new AssertionError("parsed again");
                })
                .get();
    }

    @Test
    void shouldRunTheEdgesDocumentAndKeepItOnceAskedForAgain() throws Exception {
        String query = "query($s: String!) { sector(slug: $s) }";
        Document first = documents.parse(query);
        assertSame(first, run(query, first).getDocument());
        Document second = documents.parse(query);
        assertNotSame(first, second, "a document seen once is not kept");
        assertSame(second, run(query, second).getDocument());
        assertSame(second, documents.parse(query), "asked for twice and valid: kept, not parsed again");
        assertSame(second, run(query, second).getDocument());
    }

    @Test
    void shouldNeverKeepAnInvalidDocument() throws Exception {
        String query = "{ sector }";
        for (int i = 0; i < 3; i++) {
            Document parsed = documents.parse(query);
            PreparsedDocumentEntry entry = run(query, parsed);
            assertTrue(entry.hasErrors());
            assertTrue(
                    entry.getErrors().get(0).getMessage().contains("slug"),
                    entry.getErrors().toString());
            assertNotSame(parsed, documents.parse(query));
        }
    }

    @Test
    void shouldLeaveOperationsTheEdgeDidNotParseToGraphQLJava() throws Exception {
        PreparsedDocumentEntry mine = new PreparsedDocumentEntry(documents.parse("{ __typename }"));
        ExecutionInput input =
                ExecutionInput.newExecutionInput("subscription { changes }").build();
        assertSame(mine, documents.getDocumentAsync(input, i -> mine).get());
    }

    @Test
    void shouldRefuseDocumentsOverTheTokenLimit() {
        assertThrows(InvalidSyntaxException.class, () -> documents.parse("{ " + "a ".repeat(200) + "}"));
        assertFalse(documents.parse("{ __typename }").getDefinitions().isEmpty());
    }
}
