package io.jisr.graphql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpExecutionTest {

    @Test
    void shouldHandSmallRyeAStandInWithTheSameOperationTypesInOrder() {
        Document document =
                Parser.parse("mutation M { a } fragment F on Query { b } query Q { ...F } mutation N { c }");

        String standIn = HttpExecution.standIn(document);

        assertEquals(
                List.of(OperationDefinition.Operation.MUTATION, OperationDefinition.Operation.QUERY),
                Parser.parse(standIn).getDefinitionsOfType(OperationDefinition.class).stream()
                        .map(OperationDefinition::getOperation)
                        .toList());
    }

    @Test
    void shouldHandTheSameStandInForEveryDocumentOfTheSameTypes() {
        String first = HttpExecution.standIn(Parser.parse("{ a: initiatives(first: 20) { totalCount } }"));
        String second = HttpExecution.standIn(Parser.parse("query Other { b: sectors { totalCount } }"));

        assertSame(first, second);
        assertEquals(
                List.of(OperationDefinition.Operation.QUERY),
                Parser.parse(first).getDefinitionsOfType(OperationDefinition.class).stream()
                        .map(OperationDefinition::getOperation)
                        .toList());
    }

    @Test
    void shouldKeepTheQueryOfADocumentWithoutOperations() {
        assertNull(HttpExecution.standIn(Parser.parse("fragment F on Query { a }")));
    }
}
