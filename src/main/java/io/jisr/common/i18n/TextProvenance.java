package io.jisr.common.i18n;

import io.jisr.common.CatalogueEntity;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * The provenance of one text in one language. The source itself is resolved by the source feature (the {@code source}
 * field), in one statement for a whole response.
 */
@Type("TextProvenance")
@Description(
        "Where one text in one language comes from, so an app can label editorial text or show only sourced " + "text.")
public record TextProvenance(
        @NonNull @Description("SOURCED when a source shows the text, EDITORIAL when the catalogue's editors wrote it.")
        TextBasis basis,

        @Ignore CatalogueEntity sourceRecord,

        @Description("When the text is EDITORIAL because the editors corrected what a source printed: that text and "
                + "its source, kept as evidence. Null otherwise.")
        PrintedText correctionOf) {

    private static final TextProvenance EDITORIAL = new TextProvenance(TextBasis.EDITORIAL, null, null);

    /** The provenance of {@code text}: sourced when {@code source} is set, editorial otherwise; none without text. */
    public static TextProvenance of(String text, CatalogueEntity source) {
        return of(text, source, null);
    }

    /** As {@link #of(String, CatalogueEntity)}, for an editorial text that corrects {@code printed}. */
    public static TextProvenance of(String text, CatalogueEntity source, PrintedText printed) {
        if (text == null) {
            return null;
        }
        if (source != null) {
            return new TextProvenance(TextBasis.SOURCED, source, null);
        }
        return printed == null ? EDITORIAL : new TextProvenance(TextBasis.EDITORIAL, null, printed);
    }
}
