package io.jisr.common.i18n;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("TextBasis")
@Description("Where a text comes from.")
public enum TextBasis {
    @Description("A public source shows this text; `source` names it, with the quote.")
    SOURCED,
    @Description("The catalogue's editors wrote or translated it; no source shows it.")
    EDITORIAL
}
