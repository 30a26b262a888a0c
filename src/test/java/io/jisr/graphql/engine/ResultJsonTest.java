package io.jisr.graphql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultJsonTest {

    /** Some keys below are the schema's field names (written pre-encoded), the others stand for aliases. */
    private static final GraphQLSchema SCHEMA = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser()
            .parse("type Query { node: Node } type Node { title: String count: Int ok: Boolean tags: [String] }"));

    private final ResultJson writer = new ResultJson(SCHEMA);

    @Test
    void shouldWriteWhatGraphQLJavaHandsOverInOrder() {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("title", "جسر \"bridge\"\n\u0001");
        node.put("count", 3);
        node.put("big", 12_345_678_901L);
        node.put("share", 0.25);
        node.put("amount", new BigDecimal("1500000000.50"));
        node.put("ok", true);
        node.put("none", null);
        node.put("tags", Arrays.asList("a", null, List.of()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("z", node);
        data.put("a", List.of(Map.of("x", false)));

        String json = writer.ofData(data, null).toString();

        assertEquals(
                "{\"data\":{\"z\":{\"title\":\"جسر \\\"bridge\\\"\\n\\u0001\",\"count\":3,\"big\":12345678901,"
                        + "\"share\":0.25,\"amount\":1500000000.50,\"ok\":true,\"none\":null,\"tags\":[\"a\",null,[]]},"
                        + "\"a\":[{\"x\":false}]}}",
                json);
        // And it reads back as the same values.
        assertEquals(
                node.get("title"),
                new JsonObject(json).getJsonObject("data").getJsonObject("z").getString("title"));
    }

    @Test
    void shouldWriteLongStringsWholeAfterShortOnes() {
        // Strings pass through a buffer that grows: a short one first, then ones far longer than it and than Jackson's
        // own output buffer, with non-Latin-1 text and escapes at both ends.
        String longArabic = "\"" + "جسر ".repeat(3000) + "\\";
        String longLatin = "x".repeat(70_000) + "\t";
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", "é");
        data.put("tags", List.of(longArabic, longLatin, "ok"));

        JsonObject read = new JsonObject(writer.ofData(data, null).toString()).getJsonObject("data");

        assertEquals("é", read.getString("title"));
        assertEquals(
                List.of(longArabic, longLatin, "ok"), read.getJsonArray("tags").getList());
    }

    @Test
    void shouldWriteNullDataAndOtherValuesAsStrings() {
        assertEquals("{\"data\":null}", writer.ofData(null, null).toString());
        assertEquals(
                "{\"data\":{\"day\":\"2026-12-03\"}}",
                writer.ofData(Map.of("day", LocalDate.of(2026, 12, 3)), null).toString());
    }

    @Test
    void shouldWriteTheCostAfterTheData() {
        assertEquals(
                "{\"data\":{\"n\":1},\"extensions\":{\"cost\":{\"requested\":12,\"limit\":10000}}}",
                writer.ofData(Map.of("n", 1), new Exchange.Cost(12, 10_000)).toString());
    }
}
