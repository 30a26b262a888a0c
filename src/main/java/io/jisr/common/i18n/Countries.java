package io.jisr.common.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Names of countries by ISO 3166-1 alpha-2 code, in each language, from the JDK's locale data (CLDR). */
public final class Countries {

    private static final Map<String, Translations> NAMES = new ConcurrentHashMap<>();

    private Countries() {}

    /** The name of the country {@code code} in English, French and Arabic; the code itself where none is known. */
    public static Translations name(String code) {
        return NAMES.computeIfAbsent(code, c -> {
            Locale country = new Locale.Builder().setRegion(c).build();
            return Translations.editorial(
                    in(country, Locale.ENGLISH), in(country, Locale.FRENCH), in(country, Locale.forLanguageTag("ar")));
        });
    }

    private static String in(Locale country, Locale language) {
        String name = country.getDisplayCountry(language);
        return name.isEmpty() ? country.getCountry() : name;
    }
}
