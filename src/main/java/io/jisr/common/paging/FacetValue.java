package io.jisr.common.paging;

import io.jisr.common.i18n.Translations;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One value of a facet with the filter that selects it. Each list subclasses it with its filter type, as connections
 * do with edges; its {@code label(lang)} field is resolved beside the list's other fields.
 */
public abstract class FacetValue<F> {

    private final Facet facet;
    private final F filter;

    protected FacetValue(Facet facet, F filter) {
        this.facet = facet;
        this.filter = filter;
    }

    @NonNull
    @Description("The value as the filter takes it: a slug, an enum value, an ISO 3166-1 alpha-2 code, a city or a "
            + "year.")
    public String getValue() {
        return facet.value();
    }

    @NonNull
    @Description("How many records have this value and match the rest of the filter.")
    public int getCount() {
        return Math.toIntExact(facet.count());
    }

    @NonNull
    @Description("The filter that selects this value and keeps the rest: sent back as `filter`, the list's "
            + "`totalCount` is `count`.")
    public F getFilter() {
        return filter;
    }

    /** The value's name in each language. */
    public Translations labels() {
        return facet.label();
    }
}
