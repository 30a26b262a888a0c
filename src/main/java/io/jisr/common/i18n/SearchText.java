package io.jisr.common.i18n;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The form in which names and titles are searched, the same for what is stored and what is asked: lower case; accents
 * and other combining marks removed (é = e, and the Arabic short vowels, shadda and sukun); the Arabic letters that
 * writers use interchangeably folded together (أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي); tatweel removed; œ and æ
 * spelled out. Each record keeps the folded form of all its names in one column, so a search is one {@code like} in
 * the database, on H2 and PostgreSQL alike.
 */
public final class SearchText {

    private SearchText() {}

    /** The folded form of {@code text}; null stays null. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        // NFD splits é into e + U+0301, and أ into ا + hamza above (U+0654): both marks are then dropped.
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640') {
                continue;
            }
            switch (c) {
                case '\u0671' -> folded.append('\u0627'); // alef wasla
                case '\u0629' -> folded.append('\u0647'); // teh marbuta → heh
                case '\u0649' -> folded.append('\u064A'); // alef maksura → yeh
                case '\u0153' -> folded.append("oe");
                case '\u0152' -> folded.append("oe");
                case '\u00E6' -> folded.append("ae");
                case '\u00C6' -> folded.append("ae");
                default -> folded.append(c);
            }
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** The stored search column of a record: the folded forms of its names, one per line. */
    public static String of(String... names) {
        return Stream.of(names)
                .filter(Objects::nonNull)
                .map(SearchText::fold)
                .distinct()
                .collect(Collectors.joining("\n"));
    }
}
