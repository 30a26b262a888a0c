package io.jisr.common.editing;

import io.jisr.common.CatalogueEntity;
import java.util.List;

/**
 * What still refers to a record about to be deleted, contributed by the features that refer to it (a CDI bean each).
 * A feature never names a higher feature's records, so the guard that an organisation is unused comes from the
 * features above it, not from the organisation feature. {@link RecordEditor#delete} asks every bean and refuses the
 * delete with CONFLICT, naming the referrers, when any answers.
 */
public interface Referrers {

    /** Labels ({@code "initiative some-slug"}) of this feature's records that refer to {@code record}; none if none. */
    List<String> of(CatalogueEntity record);
}
