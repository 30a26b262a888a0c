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

    private Descriptions() {
    }
}
