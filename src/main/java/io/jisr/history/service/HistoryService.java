package io.jisr.history.service;

import io.jisr.common.CatalogueEntity;
import io.jisr.common.OrderDirection;
import io.jisr.common.Relations;
import io.jisr.common.editing.ChangeOperation;
import io.jisr.common.editing.FieldChange;
import io.jisr.common.editing.RecordChanged;
import io.jisr.common.node.GlobalId;
import io.jisr.common.node.Node;
import io.jisr.common.paging.Criteria;
import io.jisr.common.paging.Cursor;
import io.jisr.common.paging.Ordering;
import io.jisr.common.paging.Page;
import io.jisr.common.paging.PageRequest;
import io.jisr.common.paging.Totals;
import io.jisr.history.ChangeBus;
import io.jisr.history.ChangeEvent;
import io.jisr.history.ChangeRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class HistoryService {

    private static final Ordering ORDER = new Ordering("AT_DESC", "e.at", OrderDirection.DESC);

    @Inject
    EntityManager em;

    @Inject
    Totals totals;

    @Inject
    Event<ChangeEvent> events;

    @Inject
    Actor actor;

    @Inject
    ChangeBus bus;

    /**
     * Records a change the write path made, in the mutation's transaction, and announces it to subscribers once that
     * commits.
     */
    void record(@Observes RecordChanged recorded) {
        CatalogueEntity entity = recorded.record();
        ChangeOperation operation = recorded.operation();
        List<FieldChange> changes = recorded.changes();
        ChangeRecord change = new ChangeRecord();
        change.recordType = entity.nodeType();
        change.recordKey = entity.pk;
        change.operation = operation;
        change.changesJson = ChangeRecord.encode(changes);
        change.actor = actor.name();
        change.at = Instant.now();
        em.persist(change);
        // Ours to publish after commit; the announcement other replicas receive reaches this one too.
        bus.claim(change.pk);
        events.fire(new ChangeEvent(change, operation == ChangeOperation.DELETE ? null : (Node) entity));
    }

    public Page<ChangeRecord> list(HistoryFilter filter, Integer first, String after, Integer last, String before) {
        PageRequest request = PageRequest.of(first, after, last, before, ORDER.key());
        HistoryFilter f = filter == null ? new HistoryFilter() : filter;
        GlobalId record = f.recordId == null ? null : GlobalId.decode(f.recordId);
        Criteria criteria = new Criteria()
                .withAny("e.recordType in :types", "types", f.types)
                .withAny("e.operation in :operations", "operations", f.operations)
                .with("e.at >= :from", "from", f.from)
                .with("e.at < :to", "to", f.to)
                .with("e.recordType = :recordType", "recordType", record == null ? null : record.type())
                .with("e.recordKey = :recordKey", "recordKey", record == null ? null : record.key());
        return criteria.page(em, totals, ChangeRecord.class, ORDER, request);
    }

    /** Per-record history for a batch of records: two statements whatever the batch size. */
    public List<Page<ChangeRecord>> forRecords(
            List<? extends CatalogueEntity> records, Integer first, String after, Integer last, String before) {
        PageRequest request = PageRequest.of(first, after, last, before, ORDER.key());
        List<Page<ChangeRecord>> pages = new ArrayList<>(records.size());
        if (records.isEmpty()) {
            return pages;
        }
        List<Long> keys = records.stream().map(r -> r.pk).toList();
        List<ChangeRecord> rows = Relations.keyed(
                        em,
                        "select e from ChangeRecord e where e.recordType = :type "
                                + "and e.recordKey in :keys order by " + ORDER.orderBy(false),
                        ChangeRecord.class,
                        keys)
                .setParameter("type", records.get(0).nodeType())
                .getResultList();
        Map<Long, List<ChangeRecord>> byRecord = new HashMap<>();
        rows.forEach(row ->
                byRecord.computeIfAbsent(row.recordKey, k -> new ArrayList<>()).add(row));
        for (CatalogueEntity record : records) {
            List<ChangeRecord> all = byRecord.getOrDefault(record.pk, List.of());
            pages.add(Page.slice(all, change -> new Cursor(change.at, change.pk), ORDER, request));
        }
        return pages;
    }
}
