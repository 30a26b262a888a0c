package io.jisr.common;

import io.jisr.common.error.ValidationException;
import io.jisr.common.node.GlobalId;
import io.jisr.common.node.NodeType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Audit and identity columns every catalogue record shares; each concrete record also declares {@code Node}. The database key stays internal: clients only see the
 * opaque global id, so keys can change representation without breaking cached ids.
 */
@MappedSuperclass
public abstract class CatalogueEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    @Ignore
    public Long pk;

    @Version
    @Column(nullable = false)
    @NonNull
    @Description("Optimistic-locking version; it grows by one on every change.")
    public int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    @NonNull
    @Description("When the record was created.")
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @NonNull
    @Description("When the record was last changed.")
    public Instant updatedAt;

    @Ignore
    public abstract NodeType nodeType();

    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description(Descriptions.GLOBAL_ID)
    public String getId() {
        return GlobalId.encode(nodeType(), pk);
    }

    /**
     * Marks the record changed. The write path calls it explicitly rather than from {@code @PreUpdate}: a change made
     * during flush would dirty the record again and cost a second version.
     */
    public void touch() {
        updatedAt = Instant.now();
    }

    /** Rules spanning several fields, which Bean Validation annotations cannot express. */
    public List<ValidationException.FieldError> ruleViolations() {
        return List.of();
    }

    @PrePersist
    void stampCreation() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }
}
