package io.jisr.common.editing;

import io.jisr.common.CatalogueEntity;
import io.jisr.common.SluggedEntity;
import io.jisr.common.Text;
import io.jisr.common.error.ConflictException;
import io.jisr.common.error.ValidationException;
import io.jisr.common.error.ValidationException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The checks a record passes before it is written: its constraints, its rules, storable text, a free slug. */
@ApplicationScoped
class RecordChecks {

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    /** Validates a non-record entity, such as a relation row, reporting violations as VALIDATION errors. */
    void validateRow(Object row) {
        List<FieldError> errors = violations(row);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    void validate(CatalogueEntity entity) {
        List<FieldError> errors = violations(entity);
        errors.addAll(entity.ruleViolations());
        Snapshot.of(em, entity).forEach((field, value) -> {
            if (value != null && !Text.isStorable(value)) {
                errors.add(new FieldError(field, "must not contain NUL characters or unpaired surrogates"));
            }
        });
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            throw new ValidationException(errors);
        }
        if (entity instanceof SluggedEntity named) {
            checkSlugFree(named);
        }
    }

    private List<FieldError> violations(Object bean) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(bean)) {
            errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        return errors;
    }

    private void checkSlugFree(SluggedEntity entity) {
        List<Long> taken = em.createQuery(
                        "select e.pk from " + entity.getClass().getSimpleName() + " e where e.slug = :slug", Long.class)
                .setParameter("slug", entity.slug)
                // Not flushing here keeps a pending change from hitting the unique index before this check.
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        if (taken.stream().anyMatch(pk -> !pk.equals(entity.pk))) {
            throw slugTaken(entity);
        }
    }

    static ConflictException slugTaken(SluggedEntity entity) {
        return new ConflictException(
                "The slug '" + entity.slug + "' is already used by another " + entity.nodeType().typeName + ".",
                Map.of("field", "slug"));
    }
}
