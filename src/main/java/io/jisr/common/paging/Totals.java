package io.jisr.common.paging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Row counts of list filters ({@code totalCount}) and their figures (facets, aggregates, timelines), kept until the
 * next committed change, so that paging through a large list does not count every matching row on every page, and a
 * dashboard's group-bys run once per filter, not once per request. Like {@code ResponseCache}, a figure read before a
 * change is never stored after it. At most {@link #MAX_ENTRIES} counts and {@link #MAX_FIGURES} figures; when full, it
 * starts again empty.
 */
@ApplicationScoped
public class Totals {

    static final int MAX_ENTRIES = 10_000;
    /** Fewer figures than counts: a facet list holds up to a few hundred values, a count one number. */
    static final int MAX_FIGURES = 1_000;

    private final Map<String, Long> counts = new ConcurrentHashMap<>();
    private final Map<String, Object> figures = new ConcurrentHashMap<>();
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

    /**
     * The figure stored under {@code key} (which names what it is, for what filter), or else {@code compute}d in a
     * transaction of its own (joining a running one) and stored until the next change. The result must not change
     * once returned: it is shared by every request asking for the same figure.
     */
    public <T> T figure(String key, Callable<T> compute) {
        return kept(key, () -> QuarkusTransaction.joiningExisting().call(compute));
    }

    /** {@link #figure} without the transaction. */
    @SuppressWarnings("unchecked")
    <T> T kept(String key, Supplier<T> compute) {
        long readGeneration = generation;
        Object known = figures.get(key);
        if (known != null) {
            return (T) known;
        }
        T value = compute.get();
        synchronized (this) {
            if (readGeneration == generation && !suspended && value != null) {
                if (figures.size() >= MAX_FIGURES) {
                    figures.clear();
                }
                figures.put(key, value);
            }
        }
        return value;
    }

    /** Like {@code ResponseCache#suspend}: no counts kept while changes may go unheard. */
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
        figures.clear();
    }
}
