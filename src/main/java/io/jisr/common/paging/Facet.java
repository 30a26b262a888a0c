package io.jisr.common.paging;

import io.jisr.common.i18n.Translations;

/** One value of a facet: how many records of a filtered list have it, and its name for people. */
public record Facet(String value, Translations label, long count) {}
