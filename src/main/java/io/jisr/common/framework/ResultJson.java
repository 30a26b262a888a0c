package io.jisr.common.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;

/**
 * Writes the data of a GraphQL result as JSON, streaming, straight into a buffer. graphql-java hands over plain maps,
 * lists, strings, numbers and booleans; Jackson's object mapper looks up a serializer for every value of them (half
 * its time in a JFR profile), so this writes them by type with Jackson's generator. Anything else (none of the
 * service's scalars produces one; an enum or a date would be) is written as its string form.
 */
final class ResultJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ResultJson() {
    }

    /** {@code {"data": data}}, as UTF-8 JSON. */
    static Buffer ofData(Object data) {
        ByteBuf bytes = Unpooled.buffer(4096);
        try (JsonGenerator out = FACTORY.createGenerator((java.io.OutputStream) new ByteBufOutputStream(bytes))) {
            out.writeStartObject();
            out.writeFieldName("data");
            write(out, data);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Buffer.buffer(bytes);
    }

    private static void write(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Map<?, ?> object) {
            out.writeStartObject();
            for (Map.Entry<?, ?> field : object.entrySet()) {
                out.writeFieldName(field.getKey().toString());
                write(out, field.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object item : list) {
                write(out, item);
            }
            out.writeEndArray();
        } else if (value instanceof Boolean bool) {
            out.writeBoolean(bool);
        } else if (value instanceof BigDecimal number) {
            out.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            out.writeNumber(number);
        } else if (value instanceof Double || value instanceof Float) {
            // graphql-java's Float scalar hands over doubles.
            out.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Number number) {
            out.writeNumber(number.longValue());
        } else {
            out.writeString(value.toString());
        }
    }
}
