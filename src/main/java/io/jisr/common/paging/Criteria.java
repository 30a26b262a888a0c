package io.jisr.common.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.jisr.common.Text;
import io.jisr.common.error.BadUserInputException;

/**
 * Builds the WHERE clause of a list query from optional filters. Every value travels as a bind parameter; nothing
 * from a client is ever concatenated into JPQL.
 */
public final class Criteria {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code clause} when {@code value} is present; the clause refers to it as {@code :name}. */
    public Criteria with(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    /** Like {@link #with} for a list filter; an absent or empty list does not filter. */
    public Criteria withAny(String clause, String name, Collection<?> values) {
        return values == null || values.isEmpty() ? this : with(clause, name, values);
    }

    /** Case-insensitive substring match; the clause compares {@code lower(...)} to {@code :name} with escape '!'. */
    public Criteria withText(String clause, String name, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        if (!Text.isStorable(text)) {
            throw new BadUserInputException("The search text is not valid text (unpaired surrogate or NUL character).");
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return with(clause, name, "%" + escaped + "%");
    }

    public <T> Page<T> page(EntityManager em, Class<T> entity, String orderBy, PageRequest request) {
        String from = " from " + entity.getSimpleName() + " e" + (clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses));
        TypedQuery<Long> count = em.createQuery("select count(e)" + from, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        int[] window = request.window(total);
        List<T> items = List.of();
        if (window[1] > window[0]) {
            TypedQuery<T> select = em.createQuery("select e" + from + " order by " + orderBy, entity);
            parameters.forEach(select::setParameter);
            items = select.setFirstResult(window[0]).setMaxResults(window[1] - window[0]).getResultList();
        }
        return new Page<>(request, items, window[0], total);
    }
}
