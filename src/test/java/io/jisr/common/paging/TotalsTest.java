package io.jisr.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TotalsTest {

    @Test
    void shouldKeepACountUntilTheNextChange() {
        Totals totals = new Totals();
        totals.store("Sector", totals.generation(), 14);
        assertEquals(14L, totals.lookup("Sector"));
        totals.invalidate();
        assertNull(totals.lookup("Sector"));
    }

    @Test
    void shouldRefuseACountReadBeforeAChange() {
        Totals totals = new Totals();
        long countStarted = totals.generation();
        totals.invalidate();
        totals.store("Sector", countStarted, 14);
        assertNull(totals.lookup("Sector"));
    }

    @Test
    void shouldKeepNoCountWhileSuspended() {
        Totals totals = new Totals();
        totals.store("Sector", totals.generation(), 14);
        totals.suspend();
        assertNull(totals.lookup("Sector"));
        totals.store("Sector", totals.generation(), 14);
        assertNull(totals.lookup("Sector"));
        totals.resume();
        totals.store("Sector", totals.generation(), 15);
        assertEquals(15L, totals.lookup("Sector"));
    }

    @Test
    void shouldStayBounded() {
        Totals totals = new Totals();
        for (int i = 0; i <= Totals.MAX_ENTRIES; i++) {
            totals.store("filter " + i, totals.generation(), i);
        }
        assertEquals((long) Totals.MAX_ENTRIES, totals.lookup("filter " + Totals.MAX_ENTRIES));
        assertNull(totals.lookup("filter 0"));
    }
}
