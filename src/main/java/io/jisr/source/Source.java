package io.jisr.source;

import io.jisr.common.CatalogueEntity;
import io.jisr.common.error.ValidationException;
import io.jisr.common.node.Node;
import io.jisr.common.node.NodeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.hibernate.validator.constraints.URL;

@Entity
@Table(name = "source")
@NamedQuery(name = Source.BY_KEYS, query = "from Source where pk in ?1")
@Type("Source")
@Description("A public document that supports a fact in the catalogue, with the passage quoted from it.")
public class Source extends CatalogueEntity implements Node {

    public static final String BY_KEYS = "Source.byKeys";

    @NotBlank
    @Size(max = 2048)
    @URL(regexp = "^https?://.*", message = "must be an http or https URL")
    @Column(nullable = false, length = 2048)
    @NonNull
    @Description("Address of the document.")
    public String url;

    @Size(max = 500)
    @Description("Who published the document.")
    public String publisher;

    @Column(name = "published_on")
    @Description("Publication date, when the document shows one.")
    public LocalDate publishedOn;

    @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639-1 code such as en, fr or ar")
    @Description("ISO 639-1 code of the quote's language, for example `fr`.")
    public String language;

    @Size(max = 4000)
    @Column(length = 4000)
    @Description("The passage, copied from the document, that supports the fact.")
    public String quote;

    @Size(max = 4000)
    @Column(length = 4000)
    @Description("Remarks on the source, such as how its date was established.")
    public String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "copy_kind", length = 20)
    @Ignore
    public SourceCopyKind copyKind;

    @Size(max = 500)
    @Column(name = "original_publisher", length = 500)
    @Ignore
    public String originalPublisher;

    @Description("Set when the address is a mirror, a non-public host or a damaged copy of the publisher's document; "
            + "null when it is the publisher's own.")
    public SourceCopy getCopy() {
        return copyKind == null ? null : new SourceCopy(copyKind, originalPublisher);
    }

    @Override
    public List<ValidationException.FieldError> ruleViolations() {
        return originalPublisher != null && copyKind == null
                ? List.of(new ValidationException.FieldError(
                        "originalPublisher",
                        "needs copyKind: only a copy has " + "an original publisher apart from its own"))
                : List.of();
    }

    @Override
    public NodeType nodeType() {
        return NodeType.SOURCE;
    }
}
