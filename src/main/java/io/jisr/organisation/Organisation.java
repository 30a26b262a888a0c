package io.jisr.organisation;

import io.jisr.common.Descriptions;
import io.jisr.common.node.Node;
import io.jisr.common.node.NodeType;
import io.jisr.source.CitesSources;
import io.jisr.source.Source;
import io.jisr.source.SourcedNamedEntity;
import io.jisr.source.SourcedTexts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.hibernate.validator.constraints.URL;

@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.BY_SLUG, query = "from Organisation where slug = ?1")
@NamedQuery(name = Organisation.BY_KEYS, query = "from Organisation where pk in ?1")
@Type("Organisation")
@Description("A government body, company, institute or other party to the partnership.")
public class Organisation extends SourcedNamedEntity implements Node, CitesSources, SourcedTexts {

    public static final String BY_SLUG = "Organisation.bySlug";
    public static final String BY_KEYS = "Organisation.byKeys";

    @Size(max = 50)
    @Description("Usual abbreviation, for example `SDAIA`.")
    public String acronym;

    @Override
    protected String[] searchedTexts() {
        return new String[] {slug, nameEn, nameFr, nameAr, acronym};
    }

    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SA or FR")
    @Description("ISO 3166-1 alpha-2 code of the country the organisation belongs to; null when no source says.")
    public String country;

    @Size(max = 2048)
    @URL(regexp = "^https?://.*", message = "must be an http or https URL")
    @Description("Official website.")
    public String website;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @NonNull
    @Description("What kind of body this is.")
    public OrganisationType type;

    @Size(max = 500)
    @Column(name = "type_note")
    @Description("The type as the sources worded it.")
    public String typeNote;

    @Size(max = 4000)
    @Column(length = 4000)
    @Description(Descriptions.NOTES)
    public String note;

    @ManyToMany
    @JoinTable(
            name = "organisation_source",
            joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @Ignore
    public Set<Source> sources = new HashSet<>();

    @Override
    public Set<Source> citedSources() {
        return sources;
    }

    @Override
    public NodeType nodeType() {
        return NodeType.ORGANISATION;
    }

    public static Optional<Organisation> findBySlug(String slug) {
        return find("#" + BY_SLUG, slug).firstResultOptional();
    }
}
