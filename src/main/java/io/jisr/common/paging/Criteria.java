package io.jisr.common.paging;

import io.jisr.common.Text;
import io.jisr.common.error.BadUserInputException;
import io.jisr.common.i18n.SearchText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.jpa.HibernateHints;

/**
 * Builds the WHERE clause of a list query from optional filters. Every value travels as a bind parameter; nothing
 * from a client is ever concatenated into JPQL.
 */
public final class Criteria {

    private final List<String> clauses = new ArrayList<>();
    /** The name each clause is dropped by in {@link #without}; null for none. */
    private final List<String> names = new ArrayList<>();
    /** The parameters of each clause. */
    private final List<Map<String, Object>> bound = new ArrayList<>();

    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code clause} when {@code value} is present; the clause refers to it as {@code :name}. */
    public Criteria with(String clause, String name, Object value) {
        return value == null ? this : withAll(clause, name, Map.of(name, value));
    }

    /**
     * Adds {@code clause}, dropped by {@code name} in {@link #without}, with its {@code parameters}; a null clause
     * adds nothing.
     */
    public Criteria withAll(String clause, String name, Map<String, Object> parameters) {
        if (clause == null) {
            return this;
        }
        clauses.add(clause);
        names.add(name);
        bound.add(parameters);
        this.parameters.putAll(parameters);
        return this;
    }

    /** Adds {@code clause}, which takes no parameter. */
    public Criteria and(String clause) {
        return withAll(clause, null, Map.of());
    }

    /** These criteria without the clauses of the parameters {@code names}: a facet's counts ignore its own selection. */
    public Criteria without(String... names) {
        Criteria copy = new Criteria();
        List<String> dropped = List.of(names);
        for (int i = 0; i < clauses.size(); i++) {
            if (this.names.get(i) == null || !dropped.contains(this.names.get(i))) {
                copy.withAll(clauses.get(i), this.names.get(i), bound.get(i));
            }
        }
        return copy;
    }

    /**
     * How many distinct records {@code e} match without the dimension's own parameters, per value of the dimension: one
     * group-by statement, largest count first. Rows are {@code [value, count]}; records without a value are left out.
     */
    public List<Object[]> countBy(EntityManager em, FacetQuery dimension) {
        Criteria others = without(dimension.parameters().toArray(String[]::new));
        String from = dimension.from();
        String value = dimension.value();
        List<String> conditions = new ArrayList<>(others.clauses);
        conditions.add(value + " is not null");
        TypedQuery<Object[]> query = em.createQuery(
                "select " + value + ", count(distinct e) from " + from + where(conditions) + " group by " + value
                        + " order by count(distinct e) desc, " + value,
                Object[].class);
        others.parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Every record of {@code entity} these criteria match, in {@code orderBy}: for a map, which shows them all. */
    public <T> List<T> list(EntityManager em, Class<T> entity, String orderBy) {
        TypedQuery<T> query = em.createQuery(
                "select e from " + entity.getSimpleName() + " e" + where(clauses) + " order by " + orderBy, entity);
        parameters.forEach(query::setParameter);
        // Only read: never checked for changes, so never written back by a commit.
        query.setHint(HibernateHints.HINT_READ_ONLY, true);
        return query.getResultList();
    }

    /**
     * The rows of {@code select} (aggregates, with the {@code groupBy} expressions first when there are any) over the
     * records {@code e} of {@code entity} these criteria match: one statement, for the figures of a filtered list.
     */
    public List<Object[]> aggregate(EntityManager em, Class<?> entity, String select, List<String> groupBy) {
        String groups = String.join(", ", groupBy);
        TypedQuery<Object[]> query = em.createQuery(
                "select " + (groupBy.isEmpty() ? "" : groups + ", ") + select + " from " + entity.getSimpleName() + " e"
                        + where(clauses) + (groupBy.isEmpty() ? "" : " group by " + groups + " order by " + groups),
                Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Like {@link #with} for a list filter; an absent or empty list does not filter. */
    public Criteria withAny(String clause, String name, Collection<?> values) {
        return values == null || values.isEmpty() ? this : with(clause, name, values);
    }

    /** Case-insensitive substring match; the clause compares {@code lower(...)} to {@code :name} with escape '!'. */
    public Criteria withText(String clause, String name, String text) {
        return text == null || text.isBlank()
                ? this
                : with(clause, name, contains(text.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The {@code search} filter of a named record: a substring of any of its names or its slug, in any language, with
     * accents, Arabic letter variants, diacritics and tatweel folded away on both sides ({@link SearchText}).
     */
    public Criteria withSearch(String text) {
        return text == null || text.isBlank()
                ? this
                : with("e.searchText like :search escape '!'", "search", contains(SearchText.fold(text.strip())));
    }

    private static String contains(String text) {
        if (!Text.isStorable(text)) {
            throw new BadUserInputException("The search text is not valid text (unpaired surrogate or NUL character).");
        }
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /**
     * One page in {@code ordering}, in two statements: the counts (all matching rows, and how many lie after the
     * `after` and before the `before` cursor, for the page flags) and the rows of the page with their sort values, one
     * more than asked to see whether the range goes on. A page without cursors takes the total from {@code totals}
     * when the filter was counted since the last change, and then costs one statement. A request that reads nothing
     * costs none.
     */
    public <T> Page<T> page(EntityManager em, Totals totals, Class<T> entity, Ordering ordering, PageRequest request) {
        if (!request.read()) {
            return Page.unread();
        }
        String from = " from " + entity.getSimpleName() + " e";
        Map<String, Object> bounds = new HashMap<>();
        List<String> range = new ArrayList<>(clauses);
        StringBuilder counts = new StringBuilder("select count(e)");
        if (request.after() != null) {
            String after = ordering.after(request.after(), "a");
            counts.append(", sum(case when ").append(after).append(" then 1 else 0 end)");
            range.add(after);
            bind(bounds, "a", request.after());
        }
        if (request.before() != null) {
            String before = ordering.before(request.before(), "b");
            counts.append(", sum(case when ").append(before).append(" then 1 else 0 end)");
            range.add(before);
            bind(bounds, "b", request.before());
        }
        // Without cursors the page flags need no counting, and the total of a filter is known until the next change.
        String filter = entity.getSimpleName() + this;
        boolean fromCursor = request.after() != null || request.before() != null;
        Long known = fromCursor ? null : totals.lookup(filter);
        Object[] row;
        if (known != null) {
            row = new Object[] {known};
        } else {
            long generation = totals.generation();
            Query count = em.createQuery(counts + from + where(clauses));
            parameters.forEach(count::setParameter);
            bounds.forEach(count::setParameter);
            Object result = count.getSingleResult();
            row = result instanceof Object[] array ? array : new Object[] {result};
            totals.store(filter, generation, ((Number) row[0]).longValue());
        }
        long total = ((Number) row[0]).longValue();
        int column = 1;
        // Rows at or before the `after` position, and at or after the `before` position, lie outside the range.
        long outsideBefore = request.after() == null ? 0 : total - number(row[column++]);
        long outsideAfter = request.before() == null ? 0 : total - number(row[column]);

        List<T> items = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        boolean more = false;
        int size = request.size();
        if (size > 0 && total > 0) {
            TypedQuery<Object[]> select = em.createQuery(
                    "select e, " + ordering.expression() + ", e.pk" + from + where(range) + " order by "
                            + ordering.orderBy(request.backwards()),
                    Object[].class);
            parameters.forEach(select::setParameter);
            bounds.forEach(select::setParameter);
            List<Object[]> rows = select.setMaxResults(size + 1).getResultList();
            more = rows.size() > size;
            rows = new ArrayList<>(rows.subList(0, Math.min(size, rows.size())));
            if (request.backwards()) {
                Collections.reverse(rows);
            }
            for (Object[] r : rows) {
                items.add(entity.cast(r[0]));
                cursors.add(new Cursor(r[1], (Long) r[2]).encode(request.ordering()));
            }
        } else {
            more = total - outsideBefore - outsideAfter > 0;
        }
        boolean hasPrevious = outsideBefore > 0 || request.backwards() && more;
        boolean hasNext = outsideAfter > 0 || !request.backwards() && more;
        return new Page<>(items, cursors, hasPrevious, hasNext, total);
    }

    /** The WHERE clause and its parameters in a stable order: what makes two filters the same, for counting. */
    @Override
    public String toString() {
        return where(clauses) + " " + new TreeMap<>(parameters);
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(Map<String, Object> bounds, String prefix, Cursor cursor) {
        if (cursor.value() != null) {
            bounds.put(prefix + "v", cursor.value());
        }
        bounds.put(prefix + "k", cursor.key());
    }

    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }
}
