package io.jisr.research.service;

/**
 * A change the research proposes to an existing record: {@code field} from {@code old} to {@code value}, supported by
 * {@code source}. Lists (conflicts) arrive joined one per line, as the catalogue stores them.
 */
record ResearchUpdate(String kind, String slug, String field, String old, String value, ResearchEntry source) {

    /** The field as the API names it: the research's {@code conflicts} is the catalogue's {@code conflictNote}. */
    String apiField() {
        return field.equals("conflicts") ? "conflictNote" : field;
    }
}
