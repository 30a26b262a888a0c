package io.jisr.source;

import io.jisr.common.i18n.Language;

/**
 * A record whose shown text (a name or a title) is kept per language with its provenance: the source that shows it,
 * or the editors; and, where the editors corrected a sourced text, what the source printed.
 */
public interface SourcedTexts {

    /** The field's name in the API: {@code name} or {@code title}. */
    String textField();

    /** The API field of the text in {@code language}: {@code nameAr}, {@code titleFr} … */
    default String field(Language language) {
        return textField()
                + language.name().charAt(0)
                + language.name().substring(1).toLowerCase();
    }

    String text(Language language);

    void setText(Language language, String text);

    /** The source that shows the text in {@code language}; null when the editors wrote it. */
    Source textSource(Language language);

    void setTextSource(Language language, Source source);

    /** What sources printed where the editors corrected them (never null). */
    PrintedTexts printed();
}
