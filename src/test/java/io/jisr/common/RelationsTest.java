package io.jisr.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RelationsTest {

    @Test
    void shouldPadBatchesToFewSizesAndLeaveHugeOnesAsLists() {
        assertEquals(1, Relations.paddedSize(1));
        assertEquals(2, Relations.paddedSize(2));
        assertEquals(4, Relations.paddedSize(3));
        assertEquals(32, Relations.paddedSize(20));
        assertEquals(128, Relations.paddedSize(100));
        assertEquals(256, Relations.paddedSize(Relations.MAX_PADDED));
        assertEquals(0, Relations.paddedSize(Relations.MAX_PADDED + 1));
    }
}
