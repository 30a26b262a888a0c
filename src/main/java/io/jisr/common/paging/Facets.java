package io.jisr.common.paging;

import io.jisr.common.i18n.Translations;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Facets of a filtered list: counts per value of a dimension, each value with its name in every language. */
public final class Facets {

    private Facets() {}

    /**
     * The facet of {@code dimension} over {@code criteria} (a dimension's own selection is ignored, so every value of
     * a multiple choice keeps its count): one statement, and whatever the dimension's namer needs.
     */
    public static List<Facet> count(EntityManager em, Criteria criteria, FacetQuery dimension) {
        List<Object[]> rows = criteria.countBy(em, dimension);
        Map<Object, Translations> names =
                dimension.namer().name(em, rows.stream().map(row -> row[0]).toList());
        List<Facet> facets = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String text = row[0] instanceof Enum<?> constant ? constant.name() : row[0].toString();
            facets.add(new Facet(text, names.get(row[0]), ((Number) row[1]).longValue()));
        }
        return List.copyOf(facets);
    }

    /** How many values {@code dimension} has over all records (the most a facet can list): one statement. */
    public static long distinct(EntityManager em, FacetQuery dimension) {
        return em.createQuery("select count(distinct " + dimension.value() + ") from " + dimension.from(), Long.class)
                .getSingleResult();
    }
}
