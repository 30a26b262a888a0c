package io.jisr.initiative;

import io.jisr.organisation.Organisation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Entity
@Table(name = "initiative_party")
@Type("InitiativeParty")
@Description("An organisation taking part in an initiative, and the country it acts for there.")
public class InitiativeParty extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    @Ignore
    public Long pk;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id")
    @Ignore
    public Initiative initiative;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    @NonNull
    @Description("The participating organisation.")
    public Organisation organisation;

    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SA or FR")
    @Column(name = "acting_for", length = 2)
    @Description("ISO 3166-1 alpha-2 code of the country this party acts for; null when no source says.")
    public String actingFor;

    @Size(max = 500)
    @Column(length = 500)
    @Description("The party's role, where the sources describe one (organiser, host, …).")
    public String role;
}
