package io.jisr.history;

import io.jisr.common.paging.Totals;
import io.jisr.graphql.cache.ReadCache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place committed changes enter: it empties the read caches, then fans the change out to this instance's
 * subscribers. Changes made here arrive as a CDI event the services fire inside their transaction, observed only
 * after a successful commit, so a rolled-back mutation publishes nothing. Changes committed by other replicas arrive
 * through {@link #deliver} (see {@code ChangeNotifications}, PostgreSQL LISTEN/NOTIFY). Each change is published once:
 * its history id is claimed by whichever path sees it first.
 */
@ApplicationScoped
public class ChangeBus {

    /** History ids recently published (or about to be, by the transaction that recorded them); oldest forgotten. */
    private static final int REMEMBERED = 100_000;

    private final BroadcastProcessor<ChangeEvent> processor = BroadcastProcessor.create();
    private final Map<Long, Boolean> claimed = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    @Inject
    ReadCache reads;

    @Inject
    Totals totals;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeEvent event) {
        // Before the mutation answers, so no read that follows it can be served the answer from before.
        deliver(List.of(event));
    }

    /**
     * Marks the change recorded with history id {@code id} as this instance's to publish; false when it was claimed
     * before (published already, or being published by the transaction that recorded it here).
     */
    public synchronized boolean claim(long id) {
        return claimed.putIfAbsent(id, Boolean.TRUE) == null;
    }

    /** Whether the change with history id {@code id} has been claimed (see {@link #claim}). */
    public synchronized boolean claimed(long id) {
        return claimed.containsKey(id);
    }

    /** Committed changes (here, or on another replica), in commit order: caches emptied first, then published. */
    public void deliver(List<ChangeEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        reads.invalidate();
        totals.invalidate();
        events.forEach(this::publish);
    }

    /** This instance may be missing changes committed elsewhere (its link to them is down): nothing is cached. */
    public void unsynchronised() {
        reads.suspend();
        totals.suspend();
    }

    /** This instance hears of every change again; caching starts from empty. */
    public void synchronised() {
        reads.resume();
        totals.resume();
    }

    public void publish(ChangeEvent event) {
        processor.onNext(event);
    }

    public Multi<ChangeEvent> stream() {
        return processor;
    }
}
