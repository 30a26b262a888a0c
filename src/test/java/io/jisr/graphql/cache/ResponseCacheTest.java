package io.jisr.graphql.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {

    private static ResponseCache.Answer answer(String text) {
        return new ResponseCache.Answer(
                "application/json", text.getBytes(StandardCharsets.UTF_8), "\"" + text.hashCode() + "\"");
    }

    @Test
    void shouldServeWhatItStoredAndCountHitsAndMisses() {
        ResponseCache cache = new ResponseCache(10_000);
        assertNull(cache.lookup("q"));
        assertTrue(cache.store("q", cache.generation(), answer("{\"data\":1}")));
        assertArrayEquals(
                "{\"data\":1}".getBytes(StandardCharsets.UTF_8),
                cache.lookup("q").body());
        assertEquals(1, cache.hits());
        assertEquals(1, cache.misses());
    }

    @Test
    void shouldRefuseTheAnswerOfAReadThatStartedBeforeAChange() {
        ResponseCache cache = new ResponseCache(10_000);
        long readStarted = cache.generation();
        cache.invalidate();
        assertFalse(cache.store("q", readStarted, answer("stale")));
        assertNull(cache.lookup("q"));
        assertTrue(cache.store("q", cache.generation(), answer("fresh")));
    }

    @Test
    void shouldForgetEverythingOnAChange() {
        ResponseCache cache = new ResponseCache(10_000);
        cache.store("a", cache.generation(), answer("1"));
        cache.store("b", cache.generation(), answer("2"));
        cache.invalidate();
        assertNull(cache.lookup("a"));
        assertNull(cache.lookup("b"));
        assertEquals(0, cache.entries());
        assertEquals(0, cache.bytes());
    }

    @Test
    void shouldKeepNothingWhileSuspendedAndStartEmptyWhenResumed() {
        ResponseCache cache = new ResponseCache(10_000);
        cache.store("a", cache.generation(), answer("1"));
        cache.suspend();
        assertNull(cache.lookup("a"));
        assertFalse(cache.store("b", cache.generation(), answer("2")));
        long readDuringSuspension = cache.generation();
        cache.resume();
        assertFalse(cache.store("b", readDuringSuspension, answer("2")));
        assertNull(cache.lookup("b"));
        assertTrue(cache.store("b", cache.generation(), answer("3")));
    }

    @Test
    void shouldTellARepeatedRequestFromAOneOff() {
        ResponseCache cache = new ResponseCache(10_000);
        assertFalse(cache.askedBefore("q"));
        assertTrue(cache.askedBefore("q"));
        assertFalse(cache.askedBefore("other"));
    }

    @Test
    void shouldEvictTheLeastRecentlyUsedBeyondItsSize() {
        ResponseCache cache = new ResponseCache(3 * (2 + 100 + 96));
        for (String key : new String[] {"a", "b", "c"}) {
            cache.store(key, cache.generation(), answer("x".repeat(100)));
        }
        cache.lookup("a");
        cache.store("d", cache.generation(), answer("x".repeat(100)));
        assertNull(cache.lookup("b"), "least recently used");
        assertTrue(cache.lookup("a") != null && cache.lookup("c") != null && cache.lookup("d") != null);
        assertEquals(3, cache.entries());
        assertFalse(cache.store("huge", cache.generation(), answer("x".repeat(1000))), "larger than the cache");
    }
}
