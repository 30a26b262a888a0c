package io.jisr.common.paging;

import io.jisr.common.SluggedEntity;
import io.jisr.common.i18n.Translations;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Facets of a filtered list: counts per value of a dimension, each value with its name in every language. */
public final class Facets {

    private Facets() {}

    /**
     * The facet of {@code dimension} over {@code criteria} (a dimension's own selection is ignored, so every value of
     * a multiple choice keeps its count): one statement. Values are named by {@code names} when given (records by
     * slug: one more statement), else by the dimension.
     */
    public static List<Facet> count(EntityManager em, Criteria criteria, FacetQuery dimension, Names names) {
        List<Object[]> rows = criteria.countBy(em, dimension);
        Map<String, Translations> named = names == null ? Map.of() : names.of(em, rows);
        List<Facet> facets = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object value = row[0];
            String text = value instanceof Enum<?> constant ? constant.name() : value.toString();
            Translations label =
                    names != null ? named.get(text) : dimension.label().apply(value);
            facets.add(new Facet(text, label, ((Number) row[1]).longValue()));
        }
        return facets;
    }

    /** Names of the records a facet counts by slug, loaded in one statement. */
    @FunctionalInterface
    public interface Names {

        Map<String, Translations> of(EntityManager em, List<Object[]> rows);

        /** The names of records of {@code entity} by slug. */
        static <T extends SluggedEntity> Names of(Class<T> entity, Function<T, Translations> name) {
            return (em, rows) -> rows.isEmpty()
                    ? Map.of()
                    : em.createQuery("from " + entity.getSimpleName() + " where slug in :slugs", entity)
                            .setParameter(
                                    "slugs", rows.stream().map(row -> row[0]).toList())
                            .getResultStream()
                            .collect(Collectors.toMap(record -> record.slug, name));
        }
    }
}
