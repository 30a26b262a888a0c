package io.jisr.graphql.cache;

import io.jisr.graphql.engine.Recurrence;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers to public reads, kept until the next committed change. An entry is only stored if no change was committed
 * between the start of the read that produced it and the store ({@link #store}), so a read that began before a commit
 * and finished after it can never put its stale answer back. Bounded by total size, least recently used first out.
 * Every committed change empties it ({@link #invalidate}): the catalogue changes rarely and an answer may depend on
 * any record, so finer invalidation would buy little. An answer is only worth keeping for a request seen before
 * ({@link #askedBefore}): one-off requests (a new filter, a new page) would otherwise push out the answers app
 * screens repeat, and cost a serialisation each. Plain Java, no framework: {@link ReadCache} wires it in.
 */
public final class ResponseCache {

    /** A stored answer: its media type and bytes. */
    public record Answer(String contentType, byte[] body, String etag) {}

    private final long maxBytes;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final Map<String, Answer> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final Recurrence recurrence = new Recurrence();
    private long bytes;
    private volatile long generation;
    /** While set, nothing is stored: changes may have been committed that this process has not heard of. */
    private boolean suspended;

    public ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The current generation; a read takes it before it starts and hands it to {@link #store}. */
    public long generation() {
        return generation;
    }

    public Answer lookup(String key) {
        Answer answer;
        synchronized (this) {
            answer = entries.get(key);
        }
        (answer == null ? misses : hits).incrementAndGet();
        return answer;
    }

    /** Whether {@code key} was asked for recently (and remembers that it now has been): its answer is worth keeping. */
    public boolean askedBefore(String key) {
        return recurrence.seenBefore(key);
    }

    /** Keeps {@code answer} unless a change was committed since {@code readGeneration}; true if kept. */
    public synchronized boolean store(String key, long readGeneration, Answer answer) {
        long size = size(key, answer);
        if (readGeneration != generation || suspended || size > maxBytes) {
            return false;
        }
        Answer previous = entries.put(key, answer);
        bytes += size - (previous == null ? 0 : size(key, previous));
        var eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            var entry = eldest.next();
            bytes -= size(entry.getKey(), entry.getValue());
            eldest.remove();
        }
        return true;
    }

    /** Forgets every answer and refuses those of reads that started before now. */
    public synchronized void invalidate() {
        generation++;
        entries.clear();
        bytes = 0;
    }

    /**
     * Empties the cache and keeps it empty until {@link #resume}: for as long as this process may miss changes
     * committed elsewhere (another replica), it must not answer from memory.
     */
    public synchronized void suspend() {
        invalidate();
        suspended = true;
    }

    /** Starts caching again, from empty, once this process hears of every change again. */
    public synchronized void resume() {
        invalidate();
        suspended = false;
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    public synchronized int entries() {
        return entries.size();
    }

    public synchronized long bytes() {
        return bytes;
    }

    /** Approximate heap taken by an entry: the key's characters, the body and some bookkeeping. */
    private static long size(String key, Answer answer) {
        return 2L * key.length() + answer.body().length + 96;
    }
}
