package io.jisr.initiative;

import io.jisr.common.Confidence;
import io.jisr.common.DatePrecision;
import io.jisr.common.Descriptions;
import io.jisr.common.PartialDate;
import io.jisr.common.i18n.Translations;
import io.jisr.common.node.Node;
import io.jisr.common.node.NodeType;
import io.jisr.datacentre.DataCentre;
import io.jisr.sector.Sector;
import io.jisr.source.CitesSources;
import io.jisr.source.Source;
import io.jisr.source.SourcedTexts;
import io.jisr.source.SourcedTitledEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Entity
@Table(name = "initiative")
@NamedQuery(name = Initiative.BY_SLUG, query = "from Initiative where slug = ?1")
@NamedQuery(name = Initiative.BY_KEYS, query = "from Initiative where pk in ?1")
@Type("Initiative")
@Description(
        "An agreement, MoU, joint project, investment, programme, event or talks between Saudi and French parties.")
public class Initiative extends SourcedTitledEntity implements Node, CitesSources, SourcedTexts {

    public static final String BY_SLUG = "Initiative.bySlug";
    public static final String BY_KEYS = "Initiative.byKeys";

    @Override
    protected String[] searchedTexts() {
        return new String[] {slug, titleEn, titleFr, titleAr};
    }

    @Size(max = 4000)
    @Column(name = "summary_en", length = 4000)
    @Ignore
    public String summaryEn;

    @Size(max = 4000)
    @Column(name = "summary_fr", length = 4000)
    @Ignore
    public String summaryFr;

    @Size(max = 4000)
    @Column(name = "summary_ar", length = 4000)
    @Ignore
    public String summaryAr;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @NonNull
    @Description("What form the initiative takes.")
    public InitiativeKind kind;

    @Size(max = 500)
    @Column(name = "kind_note", length = 500)
    @Description("The kind as the sources worded it.")
    public String kindNote;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @NonNull
    @Description("Where the initiative stands.")
    public InitiativeStatus status;

    @Size(max = 1000)
    @Column(name = "status_note", length = 1000)
    @Description("The status as the sources worded it, with any nuance the enum loses.")
    public String statusNote;

    @Column(name = "date_start")
    @Ignore
    public LocalDate dateStart;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    @Ignore
    public DatePrecision datePrecision;

    /** Last day the date can be; derived from start and precision so range filters stay plain SQL. */
    @Column(name = "date_end")
    @Ignore
    public LocalDate dateEnd;

    @Size(max = 4000)
    @Column(name = "date_note", length = 4000)
    @Description("How the date was established.")
    public String dateNote;

    @DecimalMin("0")
    @Column(name = "value_amount", precision = 19, scale = 2)
    @Ignore
    public BigDecimal valueAmount;

    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as SAR or EUR")
    @Column(name = "value_currency", length = 3)
    @Ignore
    public String valueCurrency;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @NonNull
    @Description(Descriptions.CONFIDENCE)
    public Confidence confidence;

    @Size(max = 4000)
    @Column(name = "conflict_note", length = 4000)
    @Description(Descriptions.CONFLICT_NOTES)
    public String conflictNote;

    @Size(max = 4000)
    @Column(length = 4000)
    @Description(Descriptions.NOTES)
    public String note;

    @ManyToMany
    @JoinTable(
            name = "initiative_sector",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "sector_id"))
    @Ignore
    public Set<Sector> sectors = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "initiative_data_centre",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "data_centre_id"))
    @Ignore
    public Set<DataCentre> dataCentres = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "initiative_source",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @Ignore
    public Set<Source> sources = new HashSet<>();

    @Override
    public Set<Source> citedSources() {
        return sources;
    }

    @OneToMany(mappedBy = "initiative")
    @Ignore
    public List<InitiativeParty> parties = new ArrayList<>();

    @NonNull
    @Description("The summary in every stored language.")
    public Translations getSummaryTranslations() {
        // Summaries are the editors' own words.
        return Translations.editorial(summaryEn, summaryFr, summaryAr);
    }

    @Description("When the initiative was signed, announced or held, at the precision the sources give.")
    public PartialDate getDate() {
        return PartialDate.of(dateStart, datePrecision);
    }

    @Description("Monetary value, where a source states one.")
    public MonetaryValue getValue() {
        return valueAmount == null ? null : new MonetaryValue(valueAmount, valueCurrency);
    }

    @Override
    public NodeType nodeType() {
        return NodeType.INITIATIVE;
    }

    /** Sets the date with its precision; keeps the derived last possible day in step. */
    public void changeDate(LocalDate start, DatePrecision precision) {
        dateStart = start;
        datePrecision = precision;
        PartialDate date = getDate();
        dateEnd = date == null ? null : date.latest();
    }

    public static Optional<Initiative> findBySlug(String slug) {
        return find("#" + BY_SLUG, slug).firstResultOptional();
    }
}
