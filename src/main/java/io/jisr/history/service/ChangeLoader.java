package io.jisr.history.service;

import io.jisr.common.editing.ChangeOperation;
import io.jisr.common.node.Node;
import io.jisr.common.node.service.NodeService;
import io.jisr.history.ChangeEvent;
import io.jisr.history.ChangeRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Changes read back from the history, with their records, for the changes other replicas announce or a replay. */
@ApplicationScoped
public class ChangeLoader {

    @Inject
    EntityManager em;

    @Inject
    NodeService nodes;

    /** The history ids of the changes recorded since {@code since}, in commit order. */
    List<Long> since(Instant since) {
        return em.createQuery("select c.pk from ChangeRecord c where c.at >= :since order by c.pk", Long.class)
                .setParameter("since", since)
                .getResultList();
    }

    /** The changes with these history ids, in that order, each with its record (none for a deletion). */
    List<ChangeEvent> load(List<Long> ids) {
        Map<Long, ChangeRecord> changes = new HashMap<>();
        em.createQuery("select c from ChangeRecord c where c.pk in :ids", ChangeRecord.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(change -> changes.put(change.pk, change));
        List<String> recordIds = changes.values().stream()
                .filter(c -> c.operation != ChangeOperation.DELETE)
                .map(ChangeRecord::getRecordId)
                .distinct()
                .toList();
        Map<String, Node> records = new HashMap<>();
        List<Node> found = nodes.load(recordIds);
        for (int i = 0; i < recordIds.size(); i++) {
            records.put(recordIds.get(i), found.get(i));
        }
        List<ChangeEvent> events = new ArrayList<>(ids.size());
        for (Long id : ids) {
            ChangeRecord change = changes.get(id);
            if (change != null) {
                events.add(new ChangeEvent(
                        change, change.operation == ChangeOperation.DELETE ? null : records.get(change.getRecordId())));
            }
        }
        return events;
    }
}
