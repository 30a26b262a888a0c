package io.jisr.datacentre.service;

import io.jisr.common.editing.ChangeOperation;
import io.jisr.common.editing.RecordEditor;
import io.jisr.common.error.ValidationException;
import io.jisr.common.node.NodeType;
import io.jisr.datacentre.DataCentre;
import io.jisr.datacentre.DataCentreRelation;
import io.jisr.datacentre.DataCentreRelationKind;
import io.jisr.datacentre.RelatedDataCentre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Possible duplicates and overlaps between data centres: recorded once, shown on both, never merged. */
@ApplicationScoped
public class DataCentreRelations {

    @Inject
    EntityManager em;

    @Inject
    RecordEditor editor;

    /**
     * Records that two data centres may be one project or overlap (never a merge); a second call changes the kind or
     * evidence. Both records get the change in their history.
     */
    @Transactional
    public DataCentre relate(String dataCentreId, String relatedId, DataCentreRelationKind kind, String evidence) {
        DataCentre dataCentre = editor.target(DataCentre.class, NodeType.DATA_CENTRE, dataCentreId);
        DataCentre related = editor.reference(DataCentre.class, NodeType.DATA_CENTRE, relatedId, "relatedId");
        if (kind == null) {
            throw ValidationException.of("kind", "is required");
        }
        if (dataCentre == related) {
            throw ValidationException.of("relatedId", "must be another data centre than dataCentreId");
        }
        DataCentreRelation relation = relation(dataCentre, related);
        if (relation != null && relation.kind == kind && Objects.equals(relation.evidence, evidence)) {
            return dataCentre;
        }
        boolean created = relation == null;
        if (created) {
            relation = new DataCentreRelation();
            relation.dataCentre = dataCentre;
            relation.related = related;
        }
        relation.kind = kind;
        relation.evidence = evidence;
        editor.validateRow(relation);
        if (created) {
            em.persist(relation);
        }
        String value = kind.name() + (evidence == null ? "" : ": " + evidence);
        editor.relinked(related, ChangeOperation.LINK, "related", dataCentre.getId() + " " + value);
        return editor.relinked(dataCentre, ChangeOperation.LINK, "related", related.getId() + " " + value);
    }

    /** Removes the relation between two data centres, whichever way it was recorded; a no-op when there is none. */
    @Transactional
    public DataCentre unrelate(String dataCentreId, String relatedId) {
        DataCentre dataCentre = editor.target(DataCentre.class, NodeType.DATA_CENTRE, dataCentreId);
        DataCentre related = editor.reference(DataCentre.class, NodeType.DATA_CENTRE, relatedId, "relatedId");
        DataCentreRelation relation = relation(dataCentre, related);
        if (relation == null) {
            return dataCentre;
        }
        em.remove(relation);
        editor.relinked(related, ChangeOperation.UNLINK, "related", dataCentre.getId());
        return editor.relinked(dataCentre, ChangeOperation.UNLINK, "related", related.getId());
    }

    private DataCentreRelation relation(DataCentre a, DataCentre b) {
        return em.createQuery(
                        "from DataCentreRelation r where (r.dataCentre = :a and r.related = :b) "
                                + "or (r.dataCentre = :b and r.related = :a)",
                        DataCentreRelation.class)
                .setParameter("a", a)
                .setParameter("b", b)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** Both sides: the records each data centre is related to, in one statement for the batch. */
    public List<List<RelatedDataCentre>> related(List<DataCentre> dataCentres) {
        List<Long> keys = dataCentres.stream().map(d -> d.pk).toList();
        Map<Long, List<RelatedDataCentre>> byKey = new HashMap<>();
        em.createQuery(
                        "from DataCentreRelation r join fetch r.dataCentre join fetch r.related "
                                + "where r.dataCentre.pk in :keys or r.related.pk in :keys order by r.pk",
                        DataCentreRelation.class)
                .setParameter("keys", keys)
                .getResultList()
                .forEach(r -> {
                    byKey.computeIfAbsent(r.dataCentre.pk, k -> new ArrayList<>())
                            .add(new RelatedDataCentre(r.kind, r.related, r.evidence));
                    byKey.computeIfAbsent(r.related.pk, k -> new ArrayList<>())
                            .add(new RelatedDataCentre(r.kind, r.dataCentre, r.evidence));
                });
        return dataCentres.stream()
                .map(d -> byKey.getOrDefault(d.pk, List.of()))
                .toList();
    }
}
