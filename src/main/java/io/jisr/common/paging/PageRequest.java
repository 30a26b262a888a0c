package io.jisr.common.paging;

import io.jisr.common.error.BadUserInputException;

/**
 * Validated Relay paging arguments, with the cursors decoded as positions in {@code ordering}; {@code read} false when
 * the client selected no part of the page (only figures of the connection), so that no row is read.
 */
public record PageRequest(Integer first, Integer last, Cursor after, Cursor before, String ordering, boolean read) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer first, String after, Integer last, String before, String ordering) {
        if (first != null && last != null) {
            throw new BadUserInputException("Pass either `first` or `last`, not both.");
        }
        checkSize("first", first);
        checkSize("last", last);
        Cursor afterCursor = after == null ? null : Cursor.decode(after, ordering);
        Cursor beforeCursor = before == null ? null : Cursor.decode(before, ordering);
        if (first == null && last == null) {
            first = DEFAULT_SIZE;
        }
        return new PageRequest(first, last, afterCursor, beforeCursor, ordering, true);
    }

    /** This request, reading its page only when {@code read}: the arguments are checked all the same. */
    public PageRequest reading(boolean read) {
        return read == this.read ? this : new PageRequest(first, last, after, before, ordering, read);
    }

    /** True when the page is taken from the end of the cursor range (`last`). */
    public boolean backwards() {
        return last != null;
    }

    public int size() {
        return backwards() ? last : first;
    }

    private static void checkSize(String name, Integer size) {
        if (size != null && (size < 0 || size > MAX_SIZE)) {
            throw new BadUserInputException(
                    "`" + name + "` must be between 0 and " + MAX_SIZE + "; it was " + size + ".");
        }
    }
}
