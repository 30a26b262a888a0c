package io.jisr.common.i18n;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("LocalizedString")
@Description("A text in one language, chosen from the requested language with fallback en → fr → ar.")
public record LocalizedString(
        @NonNull @Description("The text.") String text,

        @NonNull @Description("The language `text` is actually in.")
        Language language,

        @NonNull @Description("The language that was asked for (argument, then Accept-Language, then EN).")
        Language requested,

        @NonNull @Description("True when `language` differs from `requested` because no translation exists.")
        boolean fallback,

        @NonNull @Description("Where `text` comes from: a source (with its quote) or the catalogue's editors.")
        TextProvenance provenance) {}
