package io.jisr.common.paging;

import io.jisr.common.i18n.Labelled;
import io.jisr.common.i18n.Translations;
import java.util.List;
import java.util.function.Function;

/**
 * How to count a filtered list by one dimension (a facet), as {@link Criteria#countBy} needs it: the records counted,
 * as JPQL after {@code from} (the list's records are {@code e}; the value's records may be joined), the value counts
 * are grouped by, the filter parameters that select a value (its own counts ignore them), and how a value is named.
 */
public record FacetQuery(String from, String value, List<String> parameters, Function<Object, Translations> label) {

    /**
     * Values named as {@link Labelled} constants are, or by themselves in every language (years, codes).
     */
    public static FacetQuery of(String from, String value, String... parameters) {
        return new FacetQuery(from, value, List.of(parameters), FacetQuery::asIs);
    }

    /** The same count with values named by {@code label}. */
    public FacetQuery named(Function<Object, Translations> label) {
        return new FacetQuery(from, value, parameters, label);
    }

    private static Translations asIs(Object value) {
        if (value instanceof Labelled labelled) {
            return labelled.label();
        }
        String text = value.toString();
        return Translations.editorial(text, text, text);
    }
}
