package io.jisr.common.paging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Row counts of list filters ({@code totalCount}), kept until the next committed change, so that paging through a
 * large list does not count every matching row on every page. Like {@link ResponseCache}, a count read before a
 * change is never stored after it. At most {@link #MAX_ENTRIES} filters; when full, it starts again empty.
 */
@ApplicationScoped
public class Totals {

    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Long> counts = new ConcurrentHashMap<>();
    private volatile long generation;
    private boolean suspended;

    /** Taken before counting and handed to {@link #store}. */
    public long generation() {
        return generation;
    }

    public Long lookup(String filter) {
        return counts.get(filter);
    }

    public synchronized void store(String filter, long readGeneration, long total) {
        if (readGeneration != generation || suspended) {
            return;
        }
        if (counts.size() >= MAX_ENTRIES) {
            counts.clear();
        }
        counts.put(filter, total);
    }

    /** Like {@link ResponseCache#suspend}: no counts kept while changes may go unheard. */
    public synchronized void suspend() {
        invalidate();
        suspended = true;
    }

    public synchronized void resume() {
        invalidate();
        suspended = false;
    }

    /** Called after every committed change. */
    public synchronized void invalidate() {
        generation++;
        counts.clear();
    }
}
