package io.jisr.common.editing;

import io.jisr.common.CatalogueEntity;
import java.util.List;

/**
 * What the write path fires, synchronously and inside the mutation's transaction, after each change it makes to a
 * record. The change history observes it; shared code never needs to know who listens.
 *
 * @param record the record as it is after the change (before its removal, for a delete)
 * @param changes the fields and relations that changed, never empty
 */
public record RecordChanged(CatalogueEntity record, ChangeOperation operation, List<FieldChange> changes) {}
