package io.jisr.common.i18n;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("Translations")
@Description("Every stored translation of a text. A null language has no sourced translation; none is machine-made.")
public record Translations(
        @Description("English text.") String en,
        @Description("French text.") String fr,
        @Description("Arabic text.") String ar) {

    public String in(Language language) {
        return switch (language) {
            case EN -> en;
            case FR -> fr;
            case AR -> ar;
        };
    }
}
