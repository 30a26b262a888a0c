package io.jisr.common.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Language")
@Description("A language the catalogue is written in.")
public enum Language {
    @Description("English.")
    EN,
    @Description("French.")
    FR,
    @Description("Arabic.")
    AR;

    /** Order tried after the requested language when a translation is missing. */
    public static final List<Language> FALLBACK = List.of(EN, FR, AR);

    public static Optional<Language> fromTag(String tag) {
        String primary = Locale.forLanguageTag(tag.trim()).getLanguage();
        for (Language language : values()) {
            if (language.name().equalsIgnoreCase(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
