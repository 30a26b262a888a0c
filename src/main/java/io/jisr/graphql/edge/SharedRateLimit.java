package io.jisr.graphql.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.jisr.common.Digests;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The rate limit across replicas: every client also has a bucket in PostgreSQL (Bucket4j's JDBC backend, table
 * {@code rate_limit_bucket}) that all replicas draw from. Requests are never held up by the database: a replica
 * admits on its own bucket ({@link RateLimiter}), counts what it admitted, and every
 * {@link RateLimitConfig#syncInterval} one background thread draws those counts from the shared buckets. A client
 * whose shared bucket runs dry is refused on this replica until it has refilled, so a deployment admits at most the
 * limit plus what each replica lets through in one interval.
 * <p>
 * When the shared buckets cannot be reached, every replica keeps enforcing the limit on its own (fail open to the
 * per-replica limit, never closed): a database outage must not turn into refused reads that the cache could answer.
 */
@ApplicationScoped
public class SharedRateLimit {

    private static final Logger LOG = Logger.getLogger(SharedRateLimit.class);

    @Inject
    RateLimitConfig config;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** Requests admitted here and not yet drawn from the shared buckets, per client. */
    private final Map<String, LongAdder> admitted = new ConcurrentHashMap<>();
    /** Clients over the deployment's limit, with the {@link System#nanoTime} their shared bucket is back at zero. */
    private final Cache<String, Long> overUntil = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(10, TimeUnit.MINUTES)
            .build();

    private volatile ProxyManager<String> buckets;
    private ScheduledExecutorService syncer;
    private volatile boolean failing;

    void onStart(@Observes StartupEvent event) {
        if (!config.shared() || !"postgresql".equals(dbKind)) {
            return;
        }
        PostgreSQLSelectForUpdateBasedProxyManager<String> manager = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(
                        dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        buckets = manager;
        syncer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "jisr-rate-limit-sync");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(1, config.syncInterval().toMillis());
        syncer.scheduleWithFixedDelay(this::sync, interval, interval, TimeUnit.MILLISECONDS);
        syncer.scheduleWithFixedDelay(() -> quietly(() -> manager.removeExpired(1000)), 1, 1, TimeUnit.MINUTES);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (syncer != null) {
            syncer.shutdownNow();
        }
    }

    /** Whether the limit is shared by the replicas (PostgreSQL), rather than kept by each alone. */
    public boolean active() {
        return buckets != null;
    }

    /** Zero, or the seconds {@code client} must wait because the deployment as a whole has used up its allowance. */
    long secondsOver(String client) {
        Long until = overUntil.getIfPresent(client);
        if (until == null) {
            return 0;
        }
        long left = until - System.nanoTime();
        if (left <= 0) {
            overUntil.invalidate(client);
            return 0;
        }
        return TimeUnit.NANOSECONDS.toSeconds(left) + 1;
    }

    /** Counts a request this replica admitted for {@code client}. */
    void admitted(String client) {
        if (buckets != null) {
            admitted.computeIfAbsent(client, key -> new LongAdder()).increment();
        }
    }

    private void sync() {
        String limit = "|" + config.requestsPerMinute() + "/" + config.burst();
        for (Map.Entry<String, LongAdder> entry : admitted.entrySet()) {
            String client = entry.getKey();
            long requests = entry.getValue().sumThenReset();
            if (requests == 0) {
                // Quiet since the last sync; a request counted in between is one request uncounted, at most.
                admitted.remove(client, entry.getValue());
                continue;
            }
            // The limit is part of the key: a bucket keeps the configuration it was created with, so a new limit
            // starts new buckets (the old ones expire) instead of being held to the old one.
            boolean reached = quietly(() -> {
                long debt = buckets.builder()
                        .build(key(client) + limit, () -> configuration(config))
                        .consumeIgnoringRateLimits(requests);
                if (debt > 0) {
                    overUntil.put(client, System.nanoTime() + debt);
                } else {
                    overUntil.invalidate(client);
                }
            });
            if (!reached) {
                return; // the database is away: the next round tries again, not every client now
            }
        }
    }

    /** A bucket key that fits its column: the client as it is, or a digest of a very long token subject. */
    private static String key(String client) {
        return client.length() <= 200 ? client : "sha256:" + Digests.sha256Hex(client.getBytes(StandardCharsets.UTF_8));
    }

    private boolean quietly(Runnable work) {
        try {
            work.run();
            if (failing) {
                failing = false;
                LOG.info("The shared rate limit is reachable again");
            }
            return true;
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warnf(
                        "The shared rate limit cannot be reached (%s); each replica limits on its own until it can",
                        e.toString());
            }
            return false;
        }
    }

    /** One client's allowance: {@code burst} at once, refilled at {@code requestsPerMinute}; here and in PostgreSQL. */
    static BucketConfiguration configuration(RateLimitConfig config) {
        long perMinute = config.requestsPerMinute();
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(Math.max(1, Math.min(config.burst(), perMinute)))
                        .refillGreedy(Math.max(1, perMinute), Duration.ofMinutes(1)))
                .build();
    }
}
