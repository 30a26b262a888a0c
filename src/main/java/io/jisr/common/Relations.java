package io.jisr.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/**
 * Resolves a relation for a whole batch of parents in one statement, so a page of 50 costs what a page of 1 does.
 * The query selects {@code (parentKey, child)} pairs and binds the parents' keys as {@code :keys}.
 */
public final class Relations {

    private Relations() {
    }

    public static <P extends CatalogueEntity, C> List<List<C>> batch(EntityManager em, List<P> parents, String jpql,
            Class<C> childType) {
        Map<Long, List<C>> byParent = new HashMap<>();
        if (!parents.isEmpty()) {
            List<Long> keys = parents.stream().map(p -> p.pk).distinct().toList();
            List<Object[]> rows = em.createQuery(jpql, Object[].class).setParameter("keys", keys).getResultList();
            for (Object[] row : rows) {
                byParent.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(childType.cast(row[1]));
            }
        }
        List<List<C>> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            result.add(byParent.getOrDefault(parent.pk, List.of()));
        }
        return result;
    }

    /** For to-one relations: the single child or null. */
    public static <C> List<C> single(List<List<C>> batched) {
        return batched.stream().map(list -> list.isEmpty() ? null : list.get(0)).toList();
    }
}
