package io.jisr.research.service;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The language of a quote, told from its script and its stop words (as src/test/catalogue/check_catalogue.py). */
final class QuoteLanguage {

    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");

    private QuoteLanguage() {}

    /** Stop words of the Latin-script languages sources come in (as src/test/catalogue/check_catalogue.py). */
    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "en",
                    Set.of("the of and to in is for with on by that from will has its as at be this are was an"
                            .split(" ")),
            "fr",
                    Set.of(("le la les des du de et est une un dans avec pour sur sera par au aux qui que d l ce cette "
                                    + "ses leur en")
                            .split(" ")),
            "es",
                    Set.of(("el los las del y en es una un con para por que se su al como sin esta este de la")
                            .split(" ")),
            "it",
                    Set.of("il lo gli della delle dei di e è una un con per che si come sua nel alla ha la le"
                            .split(" ")));

    private static final Map<String, String> LETTERS = Map.of("fr", "éèêçàœûî", "es", "ñáíóú¿¡", "it", "òì");

    /**
     * The language of a quote: Arabic by its script; else the Latin-script language with the most of its stop words,
     * a letter only it uses counting once beside them (so a French name in an English quote stays English).
     */
    static String of(String quote) {
        if (quote == null) {
            return null;
        }
        if (ARABIC.matcher(quote).find()) {
            return "ar";
        }
        String best = "en";
        int bestScore = 1;
        String lower =
                quote.toLowerCase(java.util.Locale.ROOT).replace('’', ' ').replace('\'', ' ');
        for (Map.Entry<String, Set<String>> language : STOP_WORDS.entrySet()) {
            int score = 0;
            for (String word : lower.split("[^\\p{L}]+")) {
                score += language.getValue().contains(word) ? 1 : 0;
            }
            if (score > 0
                    && lower.chars()
                            .anyMatch(c ->
                                    LETTERS.getOrDefault(language.getKey(), "").indexOf(c) >= 0)) {
                score++;
            }
            if (score > bestScore) {
                best = language.getKey();
                bestScore = score;
            }
        }
        return best;
    }
}
