package io.jisr.graphql.edge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts what each client holds open (connections, subscriptions) against a cap; idle clients take no memory. */
public final class ClientCounter {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    /** Takes one unit for {@code client} if it holds fewer than {@code max}; false (and nothing taken) otherwise. */
    public boolean tryAcquire(String client, int max) {
        AtomicInteger count = counts.computeIfAbsent(client, k -> new AtomicInteger());
        if (count.incrementAndGet() > max) {
            release(client, count);
            return false;
        }
        return true;
    }

    /** Units held by all clients together, for a gauge. */
    public int total() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public int held(String client) {
        AtomicInteger count = counts.get(client);
        return count == null ? 0 : count.get();
    }

    public void release(String client) {
        AtomicInteger count = counts.get(client);
        if (count != null) {
            release(client, count);
        }
    }

    private void release(String client, AtomicInteger count) {
        if (count.decrementAndGet() <= 0) {
            counts.remove(client, count);
        }
    }
}
