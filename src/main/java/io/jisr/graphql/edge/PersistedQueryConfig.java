package io.jisr.graphql.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Automatic persisted queries (Apollo's protocol); listed with its defaults in the README. */
@ConfigMapping(prefix = "jisr.persisted-queries")
public interface PersistedQueryConfig {

    /** Whether requests may name a document by its SHA-256 instead of sending it. */
    @WithDefault("true")
    boolean enabled();

    /** Documents registered by clients kept in the database; registering one more removes the oldest. */
    @WithDefault("10000")
    int maxEntries();

    /**
     * Trusted documents: only documents an administrator loaded from a manifest run (by hash or by text); clients
     * cannot register others. Requests by administrators (GraphiQL with an admin token) may still run any document.
     */
    @WithDefault("false")
    boolean trustedOnly();
}
