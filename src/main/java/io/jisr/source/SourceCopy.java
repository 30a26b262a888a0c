package io.jisr.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SourceCopy")
@Description("Marks a source whose address is a copy of a document, not the publisher's original: cite it with care.")
public record SourceCopy(
        @NonNull @Description("What kind of copy the address is.")
        SourceCopyKind kind,

        @Description("Who published the original document, where known.")
        String originalPublisher) {}
