package io.jisr.common.i18n;

import io.jisr.common.CatalogueEntity;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * What a source printed where the catalogue now shows the editors' correction of it. The source is resolved by the
 * source feature (the {@code source} field), in one statement for a whole response.
 */
@Type("PrintedText")
@Description("The text a source printed, which the catalogue's editors corrected: the source stays as evidence.")
public record PrintedText(
        @NonNull @Description("The text as the source printed it.")
        String text,

        @Ignore CatalogueEntity sourceRecord) {

    /** The printed text, or null when there is no correction. */
    public static PrintedText of(String text, CatalogueEntity source) {
        return text == null ? null : new PrintedText(text, source);
    }
}
