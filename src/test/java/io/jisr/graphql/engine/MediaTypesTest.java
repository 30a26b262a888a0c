package io.jisr.graphql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MediaTypesTest {

    @Test
    void shouldAcceptJsonWithParametersCaseAndRepeats() {
        assertEquals("application/json", MediaTypes.requestMediaType("application/json"));
        assertEquals("application/json", MediaTypes.requestMediaType("Application/JSON; charset=utf-8"));
        assertEquals("application/json", MediaTypes.requestMediaType("application/json, application/json"));
        assertEquals("application/graphql", MediaTypes.requestMediaType("application/graphql"));
    }

    @Test
    void shouldRefuseWhatAFormOrAForeignPageCanSend() {
        assertNull(MediaTypes.requestMediaType(null));
        assertNull(MediaTypes.requestMediaType(""));
        assertNull(MediaTypes.requestMediaType("text/plain"));
        assertNull(MediaTypes.requestMediaType("application/x-www-form-urlencoded"));
        assertNull(MediaTypes.requestMediaType("multipart/form-data; boundary=x"));
        assertNull(MediaTypes.requestMediaType("application/json, text/plain"));
        assertNull(MediaTypes.requestMediaType("application/json, application/graphql"));
        assertNull(MediaTypes.requestMediaType("application/jsonp"));
    }
}
