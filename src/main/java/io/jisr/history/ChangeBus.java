package io.jisr.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.jisr.common.cache.ReadCache;
import io.jisr.common.cache.Totals;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Fans committed changes out to subscribers in this instance, and empties the read caches. Services fire a CDI event inside their transaction;
 * it arrives here only after a successful commit, so a rolled-back mutation publishes nothing. To fan out across
 * instances, another observer can forward the same event (e.g. PostgreSQL NOTIFY) and feed {@link #publish} on
 * receipt; the subscription schema does not change.
 */
@ApplicationScoped
public class ChangeBus {

    private final BroadcastProcessor<ChangeEvent> processor = BroadcastProcessor.create();

    @Inject
    ReadCache reads;

    @Inject
    Totals totals;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeEvent event) {
        // Before the mutation answers, so no read that follows it can be served the answer from before.
        reads.invalidate();
        totals.invalidate();
        publish(event);
    }

    public void publish(ChangeEvent event) {
        processor.onNext(event);
    }

    public Multi<ChangeEvent> stream() {
        return processor;
    }
}
