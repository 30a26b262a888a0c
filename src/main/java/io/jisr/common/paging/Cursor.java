package io.jisr.common.paging;

import io.jisr.common.error.BadUserInputException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

/**
 * A position in one ordering: the sort value of a row and its record key (keyset paging). Unlike an offset, it still
 * points between the same two rows after others are created or deleted, even after its own row is deleted. The
 * encoded form is tagged with the ordering, so a cursor from another sort is refused rather than misread.
 */
public record Cursor(Object value, long key) {

    private static final String PREFIX = "cursor:v2:";

    public String encode(String ordering) {
        String typed;
        if (value == null) {
            typed = "N:";
        } else if (value instanceof String s) {
            typed = "S:" + s;
        } else if (value instanceof Integer i) {
            typed = "I:" + i;
        } else if (value instanceof Long l) {
            typed = "L:" + l;
        } else if (value instanceof BigDecimal d) {
            typed = "B:" + d.toPlainString();
        } else if (value instanceof Double d) {
            typed = "F:" + d;
        } else if (value instanceof LocalDate d) {
            typed = "D:" + d;
        } else if (value instanceof Instant t) {
            typed = "T:" + t;
        } else {
            throw new IllegalArgumentException("Cannot sort by " + value.getClass());
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + ordering + ":" + key + ":" + typed).getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String cursor, String ordering) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String expected = PREFIX + ordering + ":";
            if (raw.startsWith(expected)) {
                String[] parts = raw.substring(expected.length()).split(":", 3);
                if (parts.length == 3) {
                    long key = Long.parseLong(parts[0]);
                    String text = parts[2];
                    Object value = switch (parts[1]) {
                        case "N" -> text.isEmpty() ? null : invalid();
                        case "S" -> text;
                        case "I" -> Integer.valueOf(text);
                        case "L" -> Long.valueOf(text);
                        case "B" -> new BigDecimal(text);
                        case "F" -> Double.valueOf(text);
                        case "D" -> LocalDate.parse(text);
                        case "T" -> Instant.parse(text);
                        default -> invalid();
                    };
                    return new Cursor(value, key);
                }
            }
        } catch (RuntimeException malformed) {
            // reported below
        }
        return invalid();
    }

    private static <T> T invalid() {
        throw new BadUserInputException(
                "Invalid cursor: it is malformed or belongs to a different ordering. Start again without `after`/`before`.");
    }
}
