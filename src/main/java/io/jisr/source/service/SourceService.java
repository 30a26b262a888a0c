package io.jisr.source.service;

import io.jisr.common.CatalogueEntity;
import io.jisr.common.Relations;
import io.jisr.common.editing.Deleted;
import io.jisr.common.editing.Patch;
import io.jisr.common.editing.RecordEditor;
import io.jisr.common.error.ValidationException;
import io.jisr.common.i18n.PrintedText;
import io.jisr.common.i18n.TextProvenance;
import io.jisr.common.node.GlobalId;
import io.jisr.common.node.NodeType;
import io.jisr.common.node.service.NodeService;
import io.jisr.source.CitesSources;
import io.jisr.source.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class SourceService {

    @Inject
    EntityManager em;

    @Inject
    RecordEditor editor;

    @Inject
    NodeService nodes;

    @Transactional
    public Source create(Patch input) {
        return editor.create(new Source(), input::applyTo);
    }

    @Transactional
    public Source update(String id, int version, Patch input) {
        return editor.update(Source.class, NodeType.SOURCE, id, version, input::applyTo);
    }

    /**
     * The sources each record cites, for a batch of records of one type in one statement: the {@code sources} field
     * of every record type that cites them.
     */
    public List<List<Source>> citedBy(List<? extends CatalogueEntity> records) {
        String entity = records.isEmpty() ? "Source" : records.get(0).nodeType().typeName;
        return Relations.batch(
                em,
                records,
                "select e.pk, s from " + entity + " e join e.sources s where e.pk in :keys order by s.pk",
                Source.class);
    }

    /** Deletes a source no record uses any more ({@link SourceReferrers}). */
    @Transactional
    public Deleted delete(String id, int version) {
        return editor.delete(Source.class, NodeType.SOURCE, id, version);
    }

    /**
     * The source behind each provenance (null for editorial text), for every provenance in a response in one
     * statement; the sources' keys are read without loading them one by one.
     */
    public List<Source> ofProvenance(List<TextProvenance> provenances) {
        return byRecord(provenances.stream()
                .map(p -> p == null ? null : p.sourceRecord())
                .toList());
    }

    /** The source that printed each corrected text, in one statement for a response. */
    public List<Source> ofPrinted(List<PrintedText> printed) {
        return byRecord(
                printed.stream().map(p -> p == null ? null : p.sourceRecord()).toList());
    }

    /** The records in their order, from a list of possibly unloaded references (null stays null). */
    private List<Source> byRecord(List<CatalogueEntity> records) {
        PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
        List<Object> keys = records.stream()
                .map(r -> r == null ? null : util.getIdentifier(r))
                .toList();
        List<Object> wanted =
                keys.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<Object, Source> found = wanted.isEmpty()
                ? Map.of()
                : Relations.keyed(em, "from Source s where s.pk in :keys", Source.class, wanted)
                        .getResultStream()
                        .collect(java.util.stream.Collectors.toMap(s -> s.pk, s -> s));
        return keys.stream().map(key -> key == null ? null : found.get(key)).toList();
    }

    /** Cites (or stops citing) a source on any record that carries sources. */
    @Transactional
    public CatalogueEntity cite(String recordId, String sourceId, boolean link) {
        Source source = editor.reference(Source.class, NodeType.SOURCE, sourceId, "sourceId");
        NodeType type = GlobalId.decode(recordId).type();
        Class<? extends CatalogueEntity> entityClass = nodes.entityClass(type);
        if (!CitesSources.class.isAssignableFrom(entityClass)) {
            throw ValidationException.of(
                    "recordId", "must be a record that carries sources, not a " + type.typeName.toLowerCase());
        }
        CatalogueEntity record = editor.target(entityClass, type, recordId);
        return editor.toggle(record, ((CitesSources) record).citedSources(), source, link, "sources");
    }
}
