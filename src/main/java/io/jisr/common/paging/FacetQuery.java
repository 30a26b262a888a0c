package io.jisr.common.paging;

import io.jisr.common.SluggedEntity;
import io.jisr.common.i18n.Labelled;
import io.jisr.common.i18n.Translations;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;

/**
 * How to count a filtered list by one dimension (a facet), as {@link Criteria#countBy} needs it: the records counted,
 * as JPQL after {@code from} (the list's records are {@code e}; the value's records may be joined), the value counts
 * are grouped by, the filter parameters that select a value (its own counts ignore them), and how values are named.
 */
public record FacetQuery(String from, String value, List<String> parameters, Namer namer) {

    /** Names the values of a facet in every language, all at once (records by slug take one statement). */
    @FunctionalInterface
    public interface Namer {
        Map<Object, Translations> name(EntityManager em, List<Object> values);
    }

    /** Values named as {@link Labelled} constants are, or by themselves in every language (years, codes). */
    public static FacetQuery of(String from, String value, String... parameters) {
        return new FacetQuery(from, value, List.of(parameters), each(FacetQuery::asIs));
    }

    /** The same count with each value named by {@code label}. */
    public FacetQuery named(Function<Object, Translations> label) {
        return new FacetQuery(from, value, parameters, each(label));
    }

    /** The same count of slugs of {@code entity}'s records, named by {@code name}: one more statement. */
    public <T extends SluggedEntity> FacetQuery namedBy(Class<T> entity, Function<T, Translations> name) {
        return new FacetQuery(
                from,
                value,
                parameters,
                (em, values) -> values.isEmpty()
                        ? Map.of()
                        : em.createQuery("from " + entity.getSimpleName() + " where slug in :slugs", entity)
                                .setParameter("slugs", values)
                                // Only read: never checked for changes, so never written back by a commit.
                                .setHint(HibernateHints.HINT_READ_ONLY, true)
                                .getResultStream()
                                .collect(Collectors.toMap(record -> record.slug, name)));
    }

    private static Namer each(Function<Object, Translations> label) {
        return (em, values) -> {
            Map<Object, Translations> names = new HashMap<>();
            values.forEach(value -> names.put(value, label.apply(value)));
            return names;
        };
    }

    private static Translations asIs(Object value) {
        if (value instanceof Labelled labelled) {
            return labelled.label();
        }
        String text = value.toString();
        return Translations.editorial(text, text, text);
    }
}
