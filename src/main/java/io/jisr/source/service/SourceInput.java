package io.jisr.source.service;

import io.jisr.source.SourceCopyKind;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("SourceInput")
@Description("Fields of a source. On create, `url` is required. On update, a field left out stays as it is and a "
        + "field sent as null is cleared (where it may be empty).")
public class SourceInput {

    @Description("Address of the document (http or https URL; required).")
    public String url;

    @Description("Who published the document.")
    public String publisher;

    @Description("Publication date.")
    public LocalDate publishedOn;

    @Description("ISO 639-1 code of the quote's language, for example `fr`.")
    public String language;

    @Description("The passage, copied from the document, that supports the fact.")
    public String quote;

    @Description("Remarks on the source.")
    public String note;

    @Description("Marks the address as a copy of the document (mirror, non-public host, damaged address); null: "
            + "the publisher's own.")
    public SourceCopyKind copyKind;

    @Description("Who published the original, for a copy.")
    public String originalPublisher;
}
