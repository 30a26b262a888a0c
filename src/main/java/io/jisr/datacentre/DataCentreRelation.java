package io.jisr.datacentre;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One stored relation between two data centres, in the direction it was recorded; it reads the same both ways. */
@Entity
@Table(name = "data_centre_relation")
public class DataCentreRelation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long pk;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "data_centre_id")
    public DataCentre dataCentre;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "related_id")
    public DataCentre related;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public DataCentreRelationKind kind;

    @Size(max = 4000)
    @Column(length = 4000)
    public String evidence;

    /** The record at the other end, seen from {@code from}. */
    public DataCentre other(DataCentre from) {
        return dataCentre.pk.equals(from.pk) ? related : dataCentre;
    }
}
