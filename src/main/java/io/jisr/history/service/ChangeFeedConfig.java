package io.jisr.history.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How replicas on one PostgreSQL hear of each other's changes (see ChangeNotifications); listed in the README. */
@ConfigMapping(prefix = "jisr.change-feed")
public interface ChangeFeedConfig {

    /** Whether this instance listens for changes other replicas commit (PostgreSQL only; H2 is one process). */
    @WithDefault("true")
    boolean enabled();

    /**
     * After its link to the database was down, an instance replays recorded changes from this long before the link
     * broke, skipping those it has published: a transaction that took longer than this to commit could be missed.
     */
    @WithDefault("PT1M")
    Duration catchUpWindow();

    /** Wait between attempts to listen again after the link broke. */
    @WithDefault("PT1S")
    Duration reconnectDelay();

    /** How often a quiet link is checked, so that a broken one is noticed within about this long. */
    @WithDefault("PT5S")
    Duration checkInterval();
}
