package io.jisr.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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

    @Test
    void shouldKeepAFigureUntilTheNextChange() {
        Totals totals = new Totals();
        AtomicInteger computed = new AtomicInteger();
        assertEquals(List.of(7), totals.kept("facet", () -> List.of(7 + computed.getAndIncrement())));
        assertEquals(List.of(7), totals.kept("facet", () -> List.of(7 + computed.getAndIncrement())));
        assertEquals(1, computed.get());
        totals.invalidate();
        assertEquals(List.of(8), totals.kept("facet", () -> List.of(7 + computed.getAndIncrement())));
    }

    @Test
    void shouldKeepNoFigureComputedAcrossAChangeOrWhileSuspended() {
        Totals totals = new Totals();
        assertEquals("old", totals.kept("facet", () -> {
            totals.invalidate(); // committed while the figure was being read
            return "old";
        }));
        assertEquals("new", totals.kept("facet", () -> "new"));
        totals.suspend();
        assertEquals("unheard", totals.kept("other", () -> "unheard"));
        assertEquals("again", totals.kept("other", () -> "again"));
    }

    @Test
    void shouldKeepFiguresBounded() {
        Totals totals = new Totals();
        for (int i = 0; i <= Totals.MAX_FIGURES; i++) {
            int n = i;
            totals.kept("figure " + i, () -> n);
        }
        assertEquals(-1, (int) totals.kept("figure 0", () -> -1));
        assertEquals(Totals.MAX_FIGURES, (int) totals.kept("figure " + Totals.MAX_FIGURES, () -> -1));
    }
}
