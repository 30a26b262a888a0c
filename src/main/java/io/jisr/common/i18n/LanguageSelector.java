package io.jisr.common.i18n;

import io.jisr.common.RequestHeaders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Picks the language of a localised field: explicit argument, then the request's Accept-Language, then English. */
@RequestScoped
public class LanguageSelector {

    @Inject
    RequestHeaders headers;

    private Language fromHeader;

    public LocalizedString localize(Translations translations, Language argument) {
        if (translations == null) {
            return null;
        }
        Language requested = argument != null ? argument : headerLanguage();
        if (translations.in(requested) != null) {
            return new LocalizedString(
                    translations.in(requested), requested, requested, false, translations.provenanceIn(requested));
        }
        for (Language candidate : Language.FALLBACK) {
            String text = translations.in(candidate);
            if (text != null) {
                return new LocalizedString(text, candidate, requested, true, translations.provenanceIn(candidate));
            }
        }
        return null;
    }

    private Language headerLanguage() {
        if (fromHeader == null) {
            fromHeader = parseAcceptLanguage().orElse(Language.EN);
        }
        return fromHeader;
    }

    private Optional<Language> parseAcceptLanguage() {
        String header = headers.get("Accept-Language");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return ranges.stream()
                    .filter(range -> range.getWeight() > 0)
                    .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight)
                            .reversed())
                    .map(range -> Language.fromTag(range.getRange()))
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IllegalArgumentException malformed) {
            // A broken header is the client's problem but must not fail the read: fall back to English.
            return Optional.empty();
        }
    }
}
