package io.jisr.history.service;

import io.jisr.common.paging.PageRequest;
import io.jisr.history.ChangeBus;
import io.jisr.history.ChangeEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears, through PostgreSQL, of the changes every replica commits and hands those made elsewhere to {@link ChangeBus}.
 * A trigger announces each history row's id on {@link #CHANNEL} (migration V10); PostgreSQL delivers announcements
 * only after commit and in commit order, to every listening session. One thread per instance holds a connection of
 * its own (outside the pool) that listens, loads the announced changes with their records, and delivers them.
 * <p>
 * The history is the durable record: when the link breaks (database restart, network), the caches stop answering
 * ({@link ChangeBus#unsynchronised}) and, once listening again, the instance replays the history from a
 * {@link ChangeFeedConfig#catchUpWindow} before the break, skipping what it published, before caching again. A
 * change this instance committed itself is published by the transaction's own observer, at once, and skipped here.
 */
@ApplicationScoped
public class ChangeNotifications {

    static final String CHANNEL = "jisr_changes";
    private static final Logger LOG = Logger.getLogger(ChangeNotifications.class);
    /** Ids per statement when loading announced or replayed changes. */
    private static final int CHUNK = PageRequest.MAX_SIZE;

    @Inject
    ChangeFeedConfig config;

    @Inject
    ChangeBus bus;

    @Inject
    ChangeLoader changes;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private Thread thread;
    private Counter received;
    private Timer delay;

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled() || !"postgresql".equals(dbKind)) {
            return;
        }
        received = Counter.builder("jisr.change.feed.changes")
                .description("Changes committed by other replicas and published here")
                .register(registry);
        delay = Timer.builder("jisr.change.feed.delay")
                .description("From a change being recorded on another replica to its publication here")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        Gauge.builder("jisr.change.feed.listening", this, feed -> feed.listening ? 1 : 0)
                .description(
                        "1 while this instance hears of every change other replicas commit; 0 while its caches are off")
                .register(registry);
        running = true;
        bus.unsynchronised();
        Instant brokenSince = null;
        // Listening before the first request is served, so no subscriber or cached answer can miss a change.
        try {
            connection = listen();
        } catch (SQLException e) {
            LOG.warnf("Cannot listen for other replicas' changes yet (%s); caches stay off until it can", e.toString());
            brokenSince = Instant.now();
        }
        Instant since = brokenSince;
        thread = new Thread(() -> run(since), "jisr-change-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        close(connection);
    }

    /** Whether this instance hears of every change committed elsewhere right now. */
    public boolean listening() {
        return listening;
    }

    private Connection listen() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        // Names the session after this process, so an operator (or the replica test) can tell the replicas apart.
        properties.setProperty(
                "ApplicationName", "jisr change feed " + ProcessHandle.current().pid());
        properties.setProperty("tcpKeepAlive", "true");
        Connection opened = DriverManager.getConnection(url, properties);
        try (Statement statement = opened.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            close(opened);
            throw e;
        }
        return opened;
    }

    private void run(Instant brokenSince) {
        Instant heard = Instant.now();
        while (running) {
            try {
                if (connection == null) {
                    connection = listen();
                }
                if (brokenSince != null) {
                    // Announcements sent while nobody listened are lost; the history is not.
                    replay(brokenSince.minus(config.catchUpWindow()));
                    brokenSince = null;
                }
                if (!listening) {
                    bus.synchronised();
                    listening = true;
                    LOG.info("Listening for other replicas' changes");
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    heard = Instant.now();
                    PGNotification[] notifications =
                            pg.getNotifications((int) config.checkInterval().toMillis());
                    if (notifications == null || notifications.length == 0) {
                        if (!connection.isValid(
                                (int) Math.max(1, config.checkInterval().toSeconds()))) {
                            throw new SQLException("the listening connection no longer answers");
                        }
                        continue;
                    }
                    List<Long> ids = new ArrayList<>(notifications.length);
                    for (PGNotification notification : notifications) {
                        ids.add(Long.parseLong(notification.getParameter()));
                    }
                    publish(ids);
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (listening || brokenSince == null) {
                    bus.unsynchronised();
                    listening = false;
                    brokenSince = heard;
                    LOG.warnf(
                            "Lost the link that brings other replicas' changes (%s); caches are off until it is back",
                            e.toString());
                }
                close(connection);
                connection = null;
                try {
                    Thread.sleep(config.reconnectDelay().toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /** Publishes the changes recorded since {@code since} that this instance has not published yet, oldest first. */
    private void replay(Instant since) {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> changes.since(since));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            publish(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
    }

    /** Loads the changes with these history ids (in commit order) and their records, and publishes the new ones. */
    private void publish(List<Long> ids) {
        List<Long> unheard =
                ids.stream().filter(id -> !bus.claimed(id)).distinct().toList();
        if (unheard.isEmpty()) {
            return;
        }
        List<ChangeEvent> events = new ArrayList<>(unheard.size());
        for (int from = 0; from < unheard.size(); from += CHUNK) {
            List<Long> chunk = unheard.subList(from, Math.min(unheard.size(), from + CHUNK));
            events.addAll(QuarkusTransaction.requiringNew().call(() -> changes.load(chunk)));
        }
        List<ChangeEvent> fresh =
                events.stream().filter(e -> bus.claim(e.change().pk)).toList();
        bus.deliver(fresh);
        Instant now = Instant.now();
        fresh.forEach(e -> delay.record(Duration.between(e.change().at, now).abs()));
        received.increment(fresh.size());
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Broken already; nothing to release.
            }
        }
    }
}
