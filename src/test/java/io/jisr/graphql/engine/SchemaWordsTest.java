package io.jisr.graphql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SchemaWordsTest {

    @Test
    void shouldWordAWrongArgumentWithTheSchemaTypeInsteadOfJava() {
        assertEquals(
                "Argument 'filter' has a value that is not a valid HistoryFilter.",
                Failures.inSchemaWords(
                        "Validation error (WrongType@[history]) : argument 'filter' with value 'StringValue{value='{\n \"to\": 1}'}' "
                                + "is not a valid 'Unknown Scalar Type [io.jisr.history.service.HistoryFilter]'"));
        assertEquals(
                "Argument 'filter' has a value of the wrong type: it must be an object type.",
                Failures.inSchemaWords("Validation error (WrongType@[history]) : argument 'filter' with value "
                        + "'StringValue{value='x'}' must be an object type"));
        assertEquals(
                "The request does not match the schema: a value has the wrong type or shape.",
                Failures.inSchemaWords("Something about IntValue{value=3} went wrong"));
    }

    @Test
    void shouldKeepMessagesThatAreAlreadyInTheSchemasWords() {
        String message =
                "Validation error (FieldUndefined@[sectors/nope]) : Field 'nope' in type 'Sector' is undefined";
        assertEquals(message, Failures.inSchemaWords(message));
    }
}
