package io.jisr.graphql.engine;

/**
 * Tells whether a key was seen recently, so that a cache admits only what is asked for a second time: one-off
 * requests would otherwise push out what clients repeat. One hash per slot in 4096 slots; a collision only costs
 * an admission or a miss. Plain Java, thread-safe.
 */
public final class Recurrence {

    private final int[] seen = new int[4096];

    /** Whether {@code key} was seen recently; remembers that it now has been. */
    public synchronized boolean seenBefore(String key) {
        int hash = key.hashCode() * 0x9E3779B9;
        int slot = hash >>> 20;
        boolean before = seen[slot] == hash;
        seen[slot] = hash;
        return before;
    }
}
