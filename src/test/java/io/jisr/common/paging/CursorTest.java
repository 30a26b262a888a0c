package io.jisr.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jisr.common.OrderDirection;
import io.jisr.common.error.BadUserInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void shouldRoundTripEverySortValueType() {
        for (Object value : Arrays.asList(
                null,
                "a:b:c",
                2027,
                42L,
                new BigDecimal("1250.50"),
                LocalDate.of(2025, 4, 30),
                Instant.parse("2025-03-14T09:30:00.123456Z"))) {
            Cursor cursor = new Cursor(value, 7);
            assertEquals(cursor, Cursor.decode(cursor.encode("NAME_ASC"), "NAME_ASC"));
        }
    }

    @Test
    void shouldRefuseACursorOfAnotherOrderingOrGarbage() {
        String byName = new Cursor("ai", 1).encode("NAME_ASC");
        assertThrows(BadUserInputException.class, () -> Cursor.decode(byName, "SLUG_ASC"));
        assertThrows(BadUserInputException.class, () -> Cursor.decode("garbage", "NAME_ASC"));
        assertThrows(BadUserInputException.class, () -> Cursor.decode(new Cursor(null, 1).encode("X") + "x", "X"));
    }

    @Test
    void shouldSliceLoadedRowsByPositionNotOffset() {
        Ordering desc = new Ordering("AT_DESC", "e.at", OrderDirection.DESC);
        List<Cursor> rows = new ArrayList<>();
        for (long key = 10; key >= 1; key--) {
            rows.add(new Cursor(Instant.ofEpochSecond(key / 2), key));
        }
        PageRequest first = PageRequest.of(3, null, null, null, "AT_DESC");
        Page<Cursor> page = Page.slice(rows, row -> row, desc, first);
        assertEquals(List.of(rows.get(0), rows.get(1), rows.get(2)), page.items());
        // The row of the cursor and one before it disappear; the next page still starts right after the position.
        String end = page.cursors().get(2);
        rows.remove(2);
        rows.remove(0);
        Page<Cursor> next = Page.slice(rows, row -> row, desc, PageRequest.of(2, end, null, null, "AT_DESC"));
        assertEquals(
                List.of(new Cursor(Instant.ofEpochSecond(3), 7), new Cursor(Instant.ofEpochSecond(3), 6)),
                next.items());
        assertEquals(true, next.hasPreviousPage());
        assertEquals(true, next.hasNextPage());
    }
}
