package io.jisr.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves a relation for a whole batch of parents in one statement, so a page of 50 costs what a page of 1 does.
 * The query selects {@code (parentKey, child)} pairs and binds the parents' keys as {@code :keys}.
 */
public final class Relations {

    /** Largest padded batch: a page of 100 parents, or a nested level of up to 256. */
    static final int MAX_PADDED = 256;
    /** {@code (:k0, ..., :kN)} for each padded size 1, 2, 4 ... {@link #MAX_PADDED}, by its power of two. */
    private static final String[] PLACEHOLDERS = new String[Integer.numberOfTrailingZeros(MAX_PADDED) + 1];
    /** Queries with their keys expanded, by query and size: a few per relation. */
    private static final Map<String, String> EXPANDED = new ConcurrentHashMap<>();

    static {
        for (int power = 0; power < PLACEHOLDERS.length; power++) {
            StringJoiner names = new StringJoiner(", ", "(", ")");
            for (int i = 0; i < 1 << power; i++) {
                names.add(":k" + i);
            }
            PLACEHOLDERS[power] = names.toString();
        }
    }

    private Relations() {}

    public static <P extends CatalogueEntity, C> List<List<C>> batch(
            EntityManager em, List<P> parents, String jpql, Class<C> childType) {
        Map<Long, List<C>> byParent = new HashMap<>();
        if (!parents.isEmpty()) {
            List<Long> keys = parents.stream().map(p -> p.pk).distinct().toList();
            List<Object[]> rows = keyed(em, jpql, Object[].class, keys).getResultList();
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

    /**
     * The query with {@code :keys} bound to {@code keys} (not empty). Hibernate never caches the translation to SQL of a query whose parameter is
     * a list (it expands to one SQL parameter per element), so {@code in :keys} was translated again on every call: a
     * noticeable share of a read's CPU. Instead the keys are bound one by one, padded with the
     * last key to one of a few sizes, so each relation's query is translated once per size and then reused.
     * Batches larger than the largest size keep the list parameter: still one statement, translated each time.
     */
    public static <T> TypedQuery<T> keyed(EntityManager em, String jpql, Class<T> resultType, List<?> keys) {
        int size = paddedSize(keys.size());
        if (size == 0) {
            return em.createQuery(jpql, resultType).setParameter("keys", keys);
        }
        TypedQuery<T> query = em.createQuery(
                EXPANDED.computeIfAbsent(
                        jpql + '\n' + size,
                        k -> jpql.replace(":keys", PLACEHOLDERS[Integer.numberOfTrailingZeros(size)])),
                resultType);
        for (int i = 0; i < size; i++) {
            query.setParameter("k" + i, keys.get(Math.min(i, keys.size() - 1)));
        }
        return query;
    }

    /** The smallest power of two of at least {@code count} keys (at least 1), or 0 beyond {@link #MAX_PADDED}. */
    static int paddedSize(int count) {
        if (count > MAX_PADDED) {
            return 0;
        }
        return count <= 1 ? 1 : Integer.highestOneBit(count - 1) << 1;
    }

    /** For to-one relations: the single child or null. */
    public static <C> List<C> single(List<List<C>> batched) {
        return batched.stream().map(list -> list.isEmpty() ? null : list.get(0)).toList();
    }
}
