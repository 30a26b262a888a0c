package io.jisr.common.i18n;

/** A value with a name for people in each language, such as a status shown as a facet. */
public interface Labelled {

    /** Its name in each language. */
    Translations label();
}
