package io.jisr.history;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The once-only rule between a replica's own changes and the announcements of every replica's changes. */
class ChangeBusTest {

    @Test
    void shouldLetEachChangeBeClaimedOnce() {
        ChangeBus bus = new ChangeBus();
        assertFalse(bus.claimed(7));
        assertTrue(bus.claim(7));
        assertTrue(bus.claimed(7));
        assertFalse(bus.claim(7));
        assertTrue(bus.claim(8));
    }

    @Test
    void shouldForgetTheOldestClaimsBeyondItsBound() {
        ChangeBus bus = new ChangeBus();
        for (long id = 1; id <= 100_001; id++) {
            bus.claim(id);
        }
        assertFalse(bus.claimed(1));
        assertTrue(bus.claimed(2));
        assertTrue(bus.claimed(100_001));
    }
}
