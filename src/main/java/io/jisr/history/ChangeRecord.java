package io.jisr.history;

import io.jisr.common.editing.ChangeOperation;
import io.jisr.common.editing.FieldChange;
import io.jisr.common.node.GlobalId;
import io.jisr.common.node.NodeType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Entity
@Table(name = "change_record")
@Type("Change")
@Description("One recorded change to the catalogue: who changed which record, when, and which fields.")
public class ChangeRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    @Ignore
    public Long pk;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false)
    @NonNull
    @Description("The kind of record changed.")
    public NodeType recordType;

    @NotNull
    @Column(name = "record_key", nullable = false)
    @Ignore
    public Long recordKey;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @NonNull
    @Description("What the change did.")
    public ChangeOperation operation;

    @NotNull
    @Column(name = "changes", nullable = false, length = 1_000_000)
    @Ignore
    public String changesJson;

    @NotNull
    @Column(nullable = false)
    @NonNull
    @Description("Who made the change: the authenticated subject, or `anonymous`.")
    public String actor;

    @NotNull
    @Column(name = "changed_at", nullable = false)
    @NonNull
    @Description("When the change was committed.")
    public Instant at;

    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("Global id of the changed record; it may no longer exist after a DELETE.")
    public String getRecordId() {
        return GlobalId.encode(recordType, recordKey);
    }

    @NonNull
    @Description("The fields that changed, with their old and new values.")
    public List<@NonNull FieldChange> getChanges() {
        List<FieldChange> result = new ArrayList<>();
        for (Object item : new JsonArray(changesJson)) {
            JsonObject change = (JsonObject) item;
            result.add(new FieldChange(change.getString("field"), change.getString("old"), change.getString("new")));
        }
        return result;
    }

    public static String encode(List<FieldChange> changes) {
        JsonArray array = new JsonArray();
        changes.forEach(c -> array.add(new JsonObject()
                .put("field", c.field())
                .put("old", c.oldValue())
                .put("new", c.newValue())));
        return array.encode();
    }
}
