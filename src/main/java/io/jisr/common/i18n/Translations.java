package io.jisr.common.i18n;

import io.jisr.common.CatalogueEntity;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("Translations")
@Description("Every stored translation of a text, each with where it comes from. A null language has no translation; "
        + "none is machine-made.")
public record Translations(
        @Description("English text.") String en,
        @Description("French text.") String fr,
        @Description("Arabic text.") String ar,

        @Description("Where the English text comes from; null without English text.")
        TextProvenance enProvenance,

        @Description("Where the French text comes from; null without French text.")
        TextProvenance frProvenance,

        @Description("Where the Arabic text comes from; null without Arabic text.")
        TextProvenance arProvenance) {

    /** Texts with the source that shows each, where one does (null: written by the editors). */
    public static Translations of(
            String en,
            CatalogueEntity enSource,
            String fr,
            CatalogueEntity frSource,
            String ar,
            CatalogueEntity arSource) {
        return new Translations(
                en,
                fr,
                ar,
                TextProvenance.of(en, enSource),
                TextProvenance.of(fr, frSource),
                TextProvenance.of(ar, arSource));
    }

    /** As {@link #of}, with what a source printed where an editorial text corrects it (null where none does). */
    public static Translations corrected(
            String en,
            CatalogueEntity enSource,
            PrintedText enPrinted,
            String fr,
            CatalogueEntity frSource,
            PrintedText frPrinted,
            String ar,
            CatalogueEntity arSource,
            PrintedText arPrinted) {
        return new Translations(
                en,
                fr,
                ar,
                TextProvenance.of(en, enSource, enPrinted),
                TextProvenance.of(fr, frSource, frPrinted),
                TextProvenance.of(ar, arSource, arPrinted));
    }

    /** Texts the catalogue's editors wrote, in every language they exist in. */
    public static Translations editorial(String en, String fr, String ar) {
        return of(en, null, fr, null, ar, null);
    }

    public String in(Language language) {
        return switch (language) {
            case EN -> en;
            case FR -> fr;
            case AR -> ar;
        };
    }

    public TextProvenance provenanceIn(Language language) {
        return switch (language) {
            case EN -> enProvenance;
            case FR -> frProvenance;
            case AR -> arProvenance;
        };
    }
}
