package io.jisr.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.jisr.common.error.BadUserInputException;

/**
 * Validated Relay paging arguments. Cursors are offsets in one ordering, tagged with that ordering so a cursor
 * from another sort is refused rather than silently misread.
 */
public record PageRequest(Integer first, Integer last, Integer afterIndex, Integer beforeIndex, String ordering) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final String PREFIX = "cursor:v1:";

    public static PageRequest of(Integer first, String after, Integer last, String before, String ordering) {
        if (first != null && last != null) {
            throw new BadUserInputException("Pass either `first` or `last`, not both.");
        }
        checkSize("first", first);
        checkSize("last", last);
        Integer afterIndex = after == null ? null : decode(after, ordering);
        Integer beforeIndex = before == null ? null : decode(before, ordering);
        if (first == null && last == null) {
            first = DEFAULT_SIZE;
        }
        return new PageRequest(first, last, afterIndex, beforeIndex, ordering);
    }

    /** The half-open range [start, end) of the result that this request selects, given the result size. */
    public int[] window(long total) {
        int start = afterIndex == null ? 0 : afterIndex + 1;
        int end = (int) Math.min(total, beforeIndex == null ? total : beforeIndex);
        if (first != null) {
            end = Math.min(end, start + first);
        } else {
            start = Math.max(start, end - last);
        }
        return new int[] {Math.min(start, end), end};
    }

    public String cursorAt(int index) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + ordering + ":" + index).getBytes(StandardCharsets.UTF_8));
    }

    private static void checkSize(String name, Integer size) {
        if (size != null && (size < 0 || size > MAX_SIZE)) {
            throw new BadUserInputException(
                    "`" + name + "` must be between 0 and " + MAX_SIZE + "; it was " + size + ".");
        }
    }

    private static int decode(String cursor, String ordering) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String expected = PREFIX + ordering + ":";
            if (raw.startsWith(expected)) {
                int index = Integer.parseInt(raw.substring(expected.length()));
                if (index >= 0) {
                    return index;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw new BadUserInputException(
                "Invalid cursor: it is malformed or belongs to a different ordering. Start again without `after`/`before`.");
    }
}
