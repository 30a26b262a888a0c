package io.jisr.research.service;

import java.time.LocalDate;

/**
 * One text of a research file: a record's name or title in one language, either seen in a source (url, publisher,
 * date and the verbatim quote) or written by the catalogue's editors. {@code displayTitle} marks a short editorial
 * title chosen over a long sourced phrase ({@code seenAs}).
 */
record ResearchEntry(
        String kind,
        String slug,
        String language,
        String text,
        String url,
        String publisher,
        LocalDate publishedOn,
        String quote,
        String note,
        boolean displayTitle) {

    boolean sourced() {
        return url != null;
    }
}
