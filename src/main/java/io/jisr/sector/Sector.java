package io.jisr.sector;

import io.jisr.common.i18n.Translations;
import io.jisr.common.node.Node;
import io.jisr.common.node.NodeType;
import io.jisr.source.CitesSources;
import io.jisr.source.Source;
import io.jisr.source.SourcedNamedEntity;
import io.jisr.source.SourcedTexts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Entity
@Table(name = "sector")
@NamedQuery(name = Sector.BY_SLUG, query = "from Sector where slug = ?1")
@NamedQuery(name = Sector.BY_KEYS, query = "from Sector where pk in ?1")
@Type("Sector")
@Description("A field of technology the partnership covers, such as AI, cloud or digital health.")
public class Sector extends SourcedNamedEntity implements Node, CitesSources, SourcedTexts {

    public static final String BY_SLUG = "Sector.bySlug";
    public static final String BY_KEYS = "Sector.byKeys";

    @Size(max = 4000)
    @Column(name = "description_en", length = 4000)
    @Ignore
    public String descriptionEn;

    @Size(max = 4000)
    @Column(name = "description_fr", length = 4000)
    @Ignore
    public String descriptionFr;

    @Size(max = 4000)
    @Column(name = "description_ar", length = 4000)
    @Ignore
    public String descriptionAr;

    @ManyToMany
    @JoinTable(
            name = "sector_source",
            joinColumns = @JoinColumn(name = "sector_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @Ignore
    public Set<Source> sources = new HashSet<>();

    @Override
    public Set<Source> citedSources() {
        return sources;
    }

    @NonNull
    @Description("The description in every stored language; all null when none was written.")
    public Translations getDescriptionTranslations() {
        // Descriptions are the editors' own words.
        return Translations.editorial(descriptionEn, descriptionFr, descriptionAr);
    }

    @Override
    public NodeType nodeType() {
        return NodeType.SECTOR;
    }

    public static Optional<Sector> findBySlug(String slug) {
        return find("#" + BY_SLUG, slug).firstResultOptional();
    }
}
