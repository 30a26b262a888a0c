package io.jisr.graphql.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the data of a GraphQL result as JSON, streaming, straight into a buffer. graphql-java hands over plain maps,
 * lists, strings, numbers and booleans; Jackson's object mapper looks up a serializer for every value of them (most
 * of its time), so this writes them by type with Jackson's generator. Anything else (none of the
 * service's scalars produces one; an enum or a date would be) is written as its string form. The schema's field names
 * are encoded once, up front: checking every character of every key for escapes was a large share of the writing.
 * Aliases, which are any names a client chooses, are written as they come.
 */
final class ResultJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final SerializedString DATA = new SerializedString("data");
    private static final SerializedString EXTENSIONS = new SerializedString("extensions");
    private static final SerializedString COST = new SerializedString("cost");
    private static final SerializedString REQUESTED = new SerializedString("requested");
    private static final SerializedString LIMIT = new SerializedString("limit");

    /** The JSON form of every field name of the schema; read-only once built. */
    private final Map<String, SerializedString> names = new HashMap<>();

    ResultJson(GraphQLSchema schema) {
        for (GraphQLFieldsContainer type : schema.getAllTypesAsList().stream()
                .filter(GraphQLFieldsContainer.class::isInstance)
                .map(GraphQLFieldsContainer.class::cast)
                .toList()) {
            type.getFieldDefinitions().forEach(field -> names.computeIfAbsent(field.getName(), SerializedString::new));
        }
    }

    /** {@code {"data": data, "extensions": {"cost": …}}} (no extensions when {@code cost} is null), as UTF-8 JSON. */
    Buffer ofData(Object data, Exchange.Cost cost) {
        ByteBuf bytes = Unpooled.buffer(4096);
        try (JsonGenerator generator = FACTORY.createGenerator((java.io.OutputStream) new ByteBufOutputStream(bytes))) {
            Output out = new Output(generator);
            generator.writeStartObject();
            generator.writeFieldName(DATA);
            write(out, data);
            if (cost != null) {
                generator.writeFieldName(EXTENSIONS);
                generator.writeStartObject();
                generator.writeFieldName(COST);
                generator.writeStartObject();
                generator.writeFieldName(REQUESTED);
                generator.writeNumber(cost.requested());
                generator.writeFieldName(LIMIT);
                generator.writeNumber(cost.limit());
                generator.writeEndObject();
                generator.writeEndObject();
            }
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Buffer.buffer(bytes);
    }

    /**
     * The generator, and a buffer its strings are copied into first: Jackson reads a {@code String} one
     * {@code charAt} at a time, and on text that is not Latin-1 (an en dash or an Arabic name makes a whole string
     * UTF-16) every call checks its bounds again; a bulk copy and array reads do not.
     */
    private static final class Output {

        final JsonGenerator generator;
        char[] chars = new char[256];

        Output(JsonGenerator generator) {
            this.generator = generator;
        }

        void writeString(String text) throws IOException {
            int length = text.length();
            if (length > chars.length) {
                chars = new char[Math.max(length, chars.length * 2)];
            }
            text.getChars(0, length, chars, 0);
            generator.writeString(chars, 0, length);
        }
    }

    private void write(Output output, Object value) throws IOException {
        JsonGenerator out = output.generator;
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String text) {
            output.writeString(text);
        } else if (value instanceof Map<?, ?> object) {
            out.writeStartObject();
            for (Map.Entry<?, ?> field : object.entrySet()) {
                String name = field.getKey().toString();
                SerializedString encoded = names.get(name);
                if (encoded != null) {
                    out.writeFieldName(encoded);
                } else {
                    out.writeFieldName(name);
                }
                write(output, field.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object item : list) {
                write(output, item);
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
