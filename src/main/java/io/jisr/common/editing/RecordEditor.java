package io.jisr.common.editing;

import io.jisr.common.CatalogueEntity;
import io.jisr.common.SluggedEntity;
import io.jisr.common.error.BadUserInputException;
import io.jisr.common.error.ConflictException;
import io.jisr.common.error.NotFoundException;
import io.jisr.common.error.ValidationException;
import io.jisr.common.node.GlobalId;
import io.jisr.common.node.NodeType;
import io.jisr.common.node.service.NodeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The write path every record type shares: look-ups that fail cleanly, version checks, validation, slug
 * uniqueness, flushing inside the transaction so database errors become API errors, and a {@link RecordChanged}
 * event for every change (the change history listens).
 * Callers are {@code @Transactional} service methods: any exception here rolls the whole mutation back.
 */
@ApplicationScoped
public class RecordEditor {

    @Inject
    EntityManager em;

    /** Every feature's answer to "what refers to this record?" (see {@link Referrers}). */
    @Inject
    @Any
    Instance<Referrers> referrers;

    @Inject
    RecordChecks checks;

    @Inject
    NodeService nodes;

    @Inject
    Event<RecordChanged> recordChanged;

    @Inject
    TransactionSynchronizationRegistry transaction;

    /** Marks a transaction whose edits are flushed once, by {@link #flushDeferred}, instead of one by one. */
    private static final Object DEFERRED_FLUSHES = new Object();

    /** The record a mutation acts on; NOT_FOUND when it does not exist. */
    public <E extends CatalogueEntity> E target(Class<E> type, NodeType nodeType, String id) {
        return nodes.find(type, nodeType, id)
                .orElseThrow(() -> new NotFoundException("No " + nodeType.typeName + " has id '" + id + "'."));
    }

    /** A record an input refers to; a VALIDATION error on {@code field} when it does not exist. */
    public <E extends CatalogueEntity> E reference(Class<E> type, NodeType nodeType, String id, String field) {
        Long key = id == null ? null : keyOrNull(id, nodeType);
        E entity = key == null ? null : em.find(type, key);
        if (entity == null) {
            throw ValidationException.of(field, "refers to no existing " + nodeType.typeName + " ('" + id + "')");
        }
        return entity;
    }

    private static Long keyOrNull(String id, NodeType nodeType) {
        try {
            return GlobalId.keyOf(id, nodeType);
        } catch (BadUserInputException malformed) {
            return null;
        }
    }

    public Map<String, String> snapshot(CatalogueEntity entity) {
        return Snapshot.of(em, entity);
    }

    public void checkVersion(CatalogueEntity entity, int expected) {
        if (entity.version != expected) {
            throw new ConflictException(
                    entity.nodeType().typeName + " " + entity.getId() + " was changed by someone else: "
                            + "you edited version " + expected + ", the current version is " + entity.version
                            + ". Reload it and apply your change again.",
                    Map.of("currentVersion", entity.version));
        }
    }

    /** Creates {@code entity} after {@code fill} has set its fields from the input. */
    public <E extends CatalogueEntity> E create(E entity, Consumer<E> fill) {
        fill.accept(entity);
        return create(entity);
    }

    /** Applies {@code change} to the record {@code id} if it is still at {@code version}, then saves it. */
    public <E extends CatalogueEntity> E update(
            Class<E> type, NodeType nodeType, String id, int version, Consumer<E> change) {
        E entity = target(type, nodeType, id);
        checkVersion(entity, version);
        Map<String, String> before = snapshot(entity);
        change.accept(entity);
        return update(entity, before);
    }

    /** Deletes the record {@code id} if it is still at {@code version} and no feature's {@link Referrers} refer to it. */
    public <E extends CatalogueEntity> Deleted delete(Class<E> type, NodeType nodeType, String id, int version) {
        return delete(type, nodeType, id, version, entity -> List.of());
    }

    /**
     * As {@link #delete(Class, NodeType, String, int)}; {@code referencedBy} first removes what belongs to the record
     * alone, or names referrers of its own feature.
     */
    public <E extends CatalogueEntity> Deleted delete(
            Class<E> type, NodeType nodeType, String id, int version, Function<E, List<String>> referencedBy) {
        E entity = target(type, nodeType, id);
        checkVersion(entity, version);
        delete(entity, referencedBy.apply(entity));
        return new Deleted(id, nodeType);
    }

    public <E extends CatalogueEntity> E create(E entity) {
        checks.validate(entity);
        em.persist(entity);
        flush(entity);
        recordChange(entity, ChangeOperation.CREATE, Snapshot.diff(Map.of(), snapshot(entity)));
        return entity;
    }

    /** Validates and saves an edited record; {@code before} is its snapshot from before the edit. */
    public <E extends CatalogueEntity> E update(E entity, Map<String, String> before) {
        checks.validate(entity);
        List<FieldChange> changes = Snapshot.diff(before, snapshot(entity));
        if (!changes.isEmpty()) {
            entity.touch();
            flush(entity);
            recordChange(entity, ChangeOperation.UPDATE, changes);
        }
        return entity;
    }

    /** Records a relation change on {@code owner} and bumps its version, so cached copies know they are stale. */
    public <E extends CatalogueEntity> E relinked(E owner, ChangeOperation operation, String relation, String otherId) {
        owner.touch();
        flush(owner);
        recordChange(
                owner,
                operation,
                List.of(
                        operation == ChangeOperation.LINK
                                ? new FieldChange(relation, null, otherId)
                                : new FieldChange(relation, otherId, null)));
        return owner;
    }

    /** Adds or removes {@code other} in one of {@code owner}'s relations; a no-op when already so. */
    public <E extends CatalogueEntity, T extends CatalogueEntity> E toggle(
            E owner, java.util.Collection<T> relation, T other, boolean link, String relationName) {
        boolean changed = link ? relation.add(other) : relation.remove(other);
        return changed
                ? relinked(owner, link ? ChangeOperation.LINK : ChangeOperation.UNLINK, relationName, other.getId())
                : owner;
    }

    /** Validates a non-record entity, such as a relation row, reporting violations as VALIDATION errors. */
    public void validateRow(Object row) {
        checks.validateRow(row);
    }

    /** Deletes a record nothing else refers to; {@code referencedBy} lists what still does, in any order. */
    public void delete(CatalogueEntity entity, List<String> referrers) {
        List<String> referencedBy = java.util.stream.Stream.concat(
                        referrers.stream(), this.referrers.stream().flatMap(feature -> feature.of(entity).stream()))
                .sorted()
                .toList();
        if (!referencedBy.isEmpty()) {
            throw new ConflictException(
                    entity.nodeType().typeName + " " + entity.getId() + " is still referenced by "
                            + String.join(", ", referencedBy) + ". Unlink or delete those first.",
                    Map.of("referencedBy", referencedBy));
        }
        recordChange(entity, ChangeOperation.DELETE, Snapshot.diff(snapshot(entity), Map.of()));
        em.remove(entity);
        flush(entity);
    }

    /**
     * Defers every flush of the rest of this transaction to {@link #flushDeferred} (or the commit). For bulk writes
     * such as a research import: flushing after each of hundreds of edits dirty-checks an ever larger persistence
     * context (about 1.3 s of a fresh database's start). A record edited several times in between gains one version.
     */
    public void deferFlushes() {
        transaction.putResource(DEFERRED_FLUSHES, Boolean.TRUE);
    }

    /** Flushes what {@link #deferFlushes} held back, so its database errors become API errors here. */
    public void flushDeferred() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || violatesConstraint(e)) {
                throw new ConflictException(
                        "A record was changed or created by someone else at the same time. Apply the change again.",
                        Map.of());
            }
            throw e;
        }
    }

    private void flush(CatalogueEntity entity) {
        if (transaction.getResource(DEFERRED_FLUSHES) != null) {
            return;
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(
                    entity.nodeType().typeName + " " + entity.getId()
                            + " was changed by someone else at the same time. Reload it and apply your change again.",
                    Map.of());
        } catch (PersistenceException e) {
            if (violatesConstraint(e)) {
                if (entity instanceof SluggedEntity named) {
                    // A concurrent insert took the slug between our check and our write.
                    throw RecordChecks.slugTaken(named);
                }
            }
            throw e;
        }
    }

    /** A unique (or other) constraint refused the write; Hibernate reports it directly or as the cause. */
    private static boolean violatesConstraint(PersistenceException e) {
        return e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException;
    }

    private void recordChange(CatalogueEntity entity, ChangeOperation operation, List<FieldChange> changes) {
        recordChanged.fire(new RecordChanged(entity, operation, changes));
    }
}
