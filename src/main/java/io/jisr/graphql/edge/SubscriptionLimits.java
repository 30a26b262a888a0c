package io.jisr.graphql.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Bounds on subscriptions (GraphQL over WebSocket); each one is listed with its default in the README. */
@ConfigMapping(prefix = "jisr.subscriptions")
public interface SubscriptionLimits {

    /** Open WebSocket connections per client address; over it the upgrade is refused with 429. */
    @WithDefault("10")
    int maxConnectionsPerClient();

    /** Live subscriptions per client address, across all its connections. */
    @WithDefault("20")
    int maxPerClient();

    /** Operations one connection may hold at once. */
    @WithDefault("10")
    int maxOperationsPerConnection();

    /** Time from connecting to {@code connection_init}; then the socket is closed with 4408. */
    @WithDefault("10s")
    Duration connectionInitTimeout();

    /** Time a connection may hold no operation; then it is closed with 1000. */
    @WithDefault("5m")
    Duration idleTimeout();
}
