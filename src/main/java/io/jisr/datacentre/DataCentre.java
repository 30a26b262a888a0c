package io.jisr.datacentre;

import io.jisr.common.Confidence;
import io.jisr.common.Descriptions;
import io.jisr.common.PartialDate;
import io.jisr.common.error.ValidationException;
import io.jisr.common.node.Node;
import io.jisr.common.node.NodeType;
import io.jisr.organisation.Organisation;
import io.jisr.sector.Sector;
import io.jisr.source.CitesSources;
import io.jisr.source.Source;
import io.jisr.source.SourcedNamedEntity;
import io.jisr.source.SourcedTexts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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
@Table(name = "data_centre")
@NamedQuery(name = DataCentre.BY_SLUG, query = "from DataCentre where slug = ?1")
@NamedQuery(name = DataCentre.BY_KEYS, query = "from DataCentre where pk in ?1")
@Type("DataCentre")
@Description("A data centre built or planned in Saudi Arabia for AI, cloud and digital sovereignty.")
public class DataCentre extends SourcedNamedEntity implements Node, CitesSources, SourcedTexts {

    public static final String BY_SLUG = "DataCentre.bySlug";
    public static final String BY_KEYS = "DataCentre.byKeys";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "operator_id")
    @Ignore
    public Organisation operator;

    @Size(max = 1000)
    @Column(name = "partners_note", length = 1000)
    @Description("Partners as the sources named them, where no catalogue organisation matches.")
    public String partnersNote;

    @Size(max = 200)
    @Column(length = 200)
    @Description("City, or several separated by `;`, as the sources give it.")
    public String city;

    @Size(max = 200)
    @Column(length = 200)
    @Description("Region or province.")
    public String region;

    @NotNull
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SA")
    @Column(nullable = false, length = 2)
    @NonNull
    @Description("ISO 3166-1 alpha-2 country code.")
    public String country;

    @DecimalMin(value = "-90", message = "must be between -90 and 90")
    @DecimalMax(value = "90", message = "must be between -90 and 90")
    @Ignore
    public Double latitude;

    @DecimalMin(value = "-180", message = "must be between -180 and 180")
    @DecimalMax(value = "180", message = "must be between -180 and 180")
    @Ignore
    public Double longitude;

    @Column(name = "location_exact")
    @Ignore
    public Boolean locationExact;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @NonNull
    @Description("Lifecycle stage.")
    public DataCentreStatus status;

    @Size(max = 1000)
    @Column(name = "status_note", length = 1000)
    @Description("The status as the sources worded it, with dates and nuance the enum loses.")
    public String statusNote;

    @DecimalMin(value = "0", message = "must be 0 or more")
    @Column(name = "capacity_mw", precision = 10, scale = 2)
    @Description("Initial or current IT capacity in megawatts; null when no source states it.")
    public BigDecimal capacityMw;

    @DecimalMin(value = "0", message = "must be 0 or more")
    @Column(name = "target_capacity_mw", precision = 10, scale = 2)
    @Description("Announced target IT capacity in megawatts; null when no source states it.")
    public BigDecimal targetCapacityMw;

    @Size(max = 1000)
    @Column(name = "capacity_note", length = 1000)
    @Description("How the sources describe the capacity.")
    public String capacityNote;

    @Column(name = "opening_year")
    @Description("Year the data centre opened (`opened`), else the year it is expected to open (`expectedOpening`); "
            + "null when neither is known. Never the year it was announced (`announced`).")
    public Integer year;

    @Embedded
    @Ignore
    public DataCentreDates dates;

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
    @Description("Editorial remarks, including AI, HPC and sovereignty details.")
    public String note;

    @ElementCollection
    @CollectionTable(name = "data_centre_capability", joinColumns = @JoinColumn(name = "data_centre_id"))
    @Column(name = "capability", nullable = false)
    @Enumerated(EnumType.STRING)
    @Ignore
    public Set<Capability> capabilities = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "data_centre_partner",
            joinColumns = @JoinColumn(name = "data_centre_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @Ignore
    public Set<Organisation> partners = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "data_centre_sector",
            joinColumns = @JoinColumn(name = "data_centre_id"),
            inverseJoinColumns = @JoinColumn(name = "sector_id"))
    @Ignore
    public Set<Sector> sectors = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "data_centre_source",
            joinColumns = @JoinColumn(name = "data_centre_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @Ignore
    public Set<Source> sources = new HashSet<>();

    @Override
    public Set<Source> citedSources() {
        return sources;
    }

    @Description("Where the data centre is; null when no source locates it in a single city.")
    public GeoLocation getLocation() {
        return GeoLocation.of(latitude, longitude, locationExact);
    }

    @Description("When the data centre (or the project) was first announced; null when no source says.")
    public PartialDate getAnnounced() {
        return dates().announced();
    }

    @Description("When a source expects the data centre to open (its source: `expectedOpeningSource`); null when "
            + "none gives a date, and once it has opened.")
    public PartialDate getExpectedOpening() {
        return dates().expectedOpening();
    }

    @Description("When the data centre opened; null while it is not open or when no source says.")
    public PartialDate getOpened() {
        return dates().opened();
    }

    @NonNull
    @Description("True when the expected opening has passed with no news of an opening: the status may be out of "
            + "date. Judged against today's date (UTC).")
    public boolean isOverdue() {
        return dates().overdue(status);
    }

    /** Sets the announced, expected-opening or opened date, and the year derived from the last two. */
    public void changeDate(DataCentreDates.Field field, PartialDate date) {
        year = dates().set(field, date);
    }

    /** The record's dates (never null: Hibernate leaves an embedded value null when all its columns are). */
    public DataCentreDates dates() {
        return dates != null ? dates : (dates = new DataCentreDates());
    }

    @Override
    public NodeType nodeType() {
        return NodeType.DATA_CENTRE;
    }

    @Override
    public List<ValidationException.FieldError> ruleViolations() {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (capacityMw != null && targetCapacityMw != null && targetCapacityMw.compareTo(capacityMw) < 0) {
            errors.add(new ValidationException.FieldError(
                    "targetCapacityMw", "must not be below capacityMw (" + capacityMw.toPlainString() + ")"));
        }
        if ((latitude == null) != (longitude == null)) {
            errors.add(new ValidationException.FieldError(
                    latitude == null ? "latitude" : "longitude",
                    "must be given together with " + (latitude == null ? "longitude" : "latitude")));
        }
        errors.addAll(dates().ruleViolations());
        return errors;
    }

    public static Optional<DataCentre> findBySlug(String slug) {
        return find("#" + BY_SLUG, slug).firstResultOptional();
    }
}
