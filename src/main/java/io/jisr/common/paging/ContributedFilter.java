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

    /**
     * How to count the listed records {@code e} per value of this filter, for the list's facet of it; null when the
     * contributing feature offers none.
     */
    default FacetQuery facet() {
        return null;
    }

    /** The one facet {@code filters} offer for {@code filter} of {@code entity}; null when none does. */
    static FacetQuery facetOf(Iterable<ContributedFilter> filters, Class<?> entity, String filter) {
        FacetQuery found = null;
        for (ContributedFilter contributed : filters) {
            if (contributed.entity() == entity && contributed.filter().equals(filter) && contributed.facet() != null) {
                if (found != null) {
                    // Two features' counts cannot be added without counting a record twice.
                    throw new IllegalStateException("More than one feature counts " + entity.getSimpleName() + " by "
                            + filter + "; a facet needs one.");
                }
                found = contributed.facet();
            }
        }
        return found;
    }

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
