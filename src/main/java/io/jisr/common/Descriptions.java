package io.jisr.common;

/**
 * Description texts the schema repeats on many fields and arguments, so each is written (and reworded) once. Used as
 * {@code @Description(Descriptions.AFTER)}.
 */
public final class Descriptions {

    public static final String FIRST = "Page size from the start (0–100; 20 when neither `first` nor `last` is given).";
    /** For lists nested in a record, which page forward unless asked otherwise. */
    public static final String FIRST_NESTED = "Page size from the start (0–100; 20 by default).";

    public static final String AFTER = "Return items after this cursor.";
    public static final String LAST = "Page size from the end (0–100).";
    public static final String BEFORE = "Return items before this cursor.";
    public static final String FILTER = "Optional filter.";
    public static final String LANG = "Language wanted; default: Accept-Language, then EN.";
    public static final String VERSION_SEEN = "The version you saw.";
    public static final String VERSION_EDITED = "The version you edited.";
    public static final String PATCH = "The fields to change.";
    public static final String ORDER_FIELD = "The field to sort by.";
    public static final String ORDER_DIRECTION = "The direction; ascending by default.";
    public static final String ORDER_CREATED = "Creation time.";
    public static final String ORDER_UPDATED = "Last change.";
    public static final String NOTES = "Editorial remarks.";
    public static final String SOURCES = "Public sources supporting this record.";

    public static final String NAME_EN_INPUT = "Name in English (required).";
    public static final String NAME_FR_INPUT = "Name in French.";
    public static final String NAME_AR_INPUT = "Name in Arabic.";
    /** The provenance inputs of a localised text (`nameFrSource`, `titleArSource` …). */
    public static final String TEXT_SOURCE_INPUT =
            "Global id of the source that shows this text in this language; null "
                    + "when the catalogue's editors wrote it. A text changed without naming its source becomes editorial.";

    public static final String NAME = "Name in the requested language, with fallback.";
    public static final String ORDER_NAME = "English name.";
    public static final String ORDER_BY_NAME = "Sort order; default: name, ascending.";
    public static final String NAME_SEARCH = "Case-insensitive text that the name (in any language) or slug contains.";
    public static final String CONFLICT_NOTES = "Where sources disagree, what each says; null when they agree.";
    public static final String CONFLICT_NOTES_INPUT = "Where sources disagree, what each says.";
    public static final String CONFIDENCE = "How well the sources support this record.";
    public static final String CONFIDENCE_INPUT = "How well the sources support the record (required).";
    public static final String STATUS_AS_WORDED = "The status as the sources worded it.";
    public static final String OTHER = "None of the above.";
    public static final String GLOBAL_ID = "Opaque global id; pass it to `node(id:)` to fetch the object again.";

    private Descriptions() {}
}
