package io.jisr.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("SourceCopyKind")
@Description("Why a source's address is not the publisher's own copy of the document.")
public enum SourceCopyKind {
    @Description("Another site republishes the publisher's document (a mirror, an aggregator, a document host).")
    MIRROR,
    @Description("A staging, test, development, origin or CDN host of the publisher, not its public site.")
    NON_PUBLIC_HOST,
    @Description("The address is damaged (for example escaped code points in place of letters) and may not open.")
    BROKEN_URL
}
