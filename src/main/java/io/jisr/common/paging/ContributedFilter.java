package io.jisr.common.paging;

/**
 * A filter of a lower feature's list whose meaning lives in a higher feature (a CDI bean each): "organisations active
 * in these sectors" is answered through initiatives, which the organisation feature must not name. The list ORs the
 * conditions contributed for one of its filters.
 */
public interface ContributedFilter {

    /** The entity whose list this filters. */
    Class<?> entity();

    /** The filter's field in the list's filter input; its values bind to the parameter of the same name. */
    String filter();

    /** A JPQL condition on the listed record {@code e}, using the parameter {@code :<filter>}. */
    String condition();

    /** The conditions {@code filters} contribute to {@code filter} of {@code entity}, ORed; one that is never true when none. */
    static String of(Iterable<ContributedFilter> filters, Class<?> entity, String filter) {
        java.util.List<String> conditions = new java.util.ArrayList<>();
        for (ContributedFilter contributed : filters) {
            if (contributed.entity() == entity && contributed.filter().equals(filter)) {
                conditions.add(contributed.condition());
            }
        }
        return conditions.isEmpty() ? "1 = 0" : "(" + String.join(" or ", conditions) + ")";
    }
}
