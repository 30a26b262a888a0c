package io.jisr.history.service;

import io.jisr.common.editing.ChangeOperation;
import io.jisr.common.node.GlobalId;
import io.jisr.common.node.Node;
import io.jisr.common.node.NodeType;
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

    /**
     * The changes with these history ids, in that order, each with its record as it is after that change: only the
     * newest change of a record carries it. An older one (the record changed again before this instance read it, as
     * when it publishes another replica's changes late, or replays them) and a deletion carry none, rather than a
     * state from a later change. The records are read before their newest history ids: a change committed in between
     * makes the record's event carry nothing, never a state that is not its own.
     */
    List<ChangeEvent> load(List<Long> ids) {
        Map<Long, ChangeRecord> changes = new HashMap<>();
        em.createQuery("select c from ChangeRecord c where c.pk in :ids", ChangeRecord.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(change -> changes.put(change.pk, change));
        List<ChangeRecord> live = changes.values().stream()
                .filter(c -> c.operation != ChangeOperation.DELETE)
                .toList();
        List<String> recordIds =
                live.stream().map(ChangeRecord::getRecordId).distinct().toList();
        Map<String, Node> records = new HashMap<>();
        List<Node> found = nodes.load(recordIds);
        for (int i = 0; i < recordIds.size(); i++) {
            records.put(recordIds.get(i), found.get(i));
        }
        Map<String, Long> newest = newestChanges(live);
        List<ChangeEvent> events = new ArrayList<>(ids.size());
        for (Long id : ids) {
            ChangeRecord change = changes.get(id);
            if (change != null) {
                boolean current =
                        change.operation != ChangeOperation.DELETE && id.equals(newest.get(change.getRecordId()));
                events.add(new ChangeEvent(change, current ? records.get(change.getRecordId()) : null));
            }
        }
        return events;
    }

    /** The newest history id of each record these changes are about, by the record's global id. */
    private Map<String, Long> newestChanges(List<ChangeRecord> changes) {
        Map<String, Long> newest = new HashMap<>();
        List<Long> keys = changes.stream().map(c -> c.recordKey).distinct().toList();
        if (keys.isEmpty()) {
            return newest;
        }
        em.createQuery(
                        "select c.recordType, c.recordKey, max(c.pk) from ChangeRecord c where c.recordKey in :keys "
                                + "group by c.recordType, c.recordKey",
                        Object[].class)
                .setParameter("keys", keys)
                .getResultList()
                .forEach(row -> newest.put(GlobalId.encode((NodeType) row[0], (Long) row[1]), (Long) row[2]));
        return newest;
    }
}
