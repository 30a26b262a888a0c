package io.jisr.graphql.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.jisr.common.Digests;
import io.jisr.common.error.ErrorCodes;
import io.jisr.graphql.engine.GraphQLRequest;
import io.jisr.graphql.engine.Refusals;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Automatic persisted queries in Apollo's protocol: a request may carry {@code extensions.persistedQuery
 * {version: 1, sha256Hash}} instead of the document. A known hash runs its document; an unknown one is answered with
 * {@code PersistedQueryNotFound} (code PERSISTED_QUERY_NOT_FOUND), and the client sends the document with the hash,
 * which registers it once it has passed the cost checks. In trusted-documents mode only documents an administrator
 * loaded from a manifest run, by hash or by text. Documents live in the database (those clients registered bounded,
 * oldest out first), so they survive a restart and every replica sees them; a bounded copy in memory spares the
 * look-up.
 */
@ApplicationScoped
public class PersistedQueries {

    private static final Logger LOG = Logger.getLogger(PersistedQueries.class);
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    /** Documents by hash; bounded by their total length, since one document may be as large as a request body. */
    private final Cache<String, String> documents = Caffeine.newBuilder()
            .maximumWeight(4_000_000)
            .<String, String>weigher((hash, document) -> document.length())
            .build();

    @Inject
    PersistedQueryConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    /**
     * Hands {@code next} the request with its document once the persisted-query entry is settled, or answers: with
     * the document when the hash is known, PERSISTED_QUERY_NOT_FOUND when not, a coded refusal when the entry is
     * malformed or does not match the document sent.
     */
    void resolve(Vertx vertx, boolean admin, GraphQLRequest request, Refusals refusals, Consumer<GraphQLRequest> next) {
        String hash = request.persistedHash();
        boolean trusted = trustedOnly() && !admin;
        if (!config.enabled() && hash != null) {
            if (request.query() != null) {
                next.accept(request);
            } else {
                refusals.refuse(200, ErrorCodes.PERSISTED_QUERY_NOT_SUPPORTED, "PersistedQueryNotSupported");
            }
            return;
        }
        if (hash != null && !SHA_256.matcher(hash).matches()) {
            refusals.refuse(
                    400,
                    ErrorCodes.BAD_REQUEST,
                    "`extensions.persistedQuery` must be "
                            + "{\"version\": 1, \"sha256Hash\": <64 lowercase hex digits>} (automatic persisted queries).");
            return;
        }
        if (hash != null && request.query() != null && !hash.equals(sha256(request.query()))) {
            refusals.refuse(400, ErrorCodes.PERSISTED_QUERY_HASH_MISMATCH, "provided sha does not match query");
            return;
        }
        if (request.query() != null && !trusted) {
            next.accept(request);
            return;
        }
        String key = hash != null ? hash : sha256(request.query());
        lookUp(vertx, key, refusals, document -> {
            registry.counter("jisr.persisted.queries", "result", document != null ? "hit" : "miss")
                    .increment();
            if (document != null) {
                next.accept(request.query() != null ? request : request.withQuery(document));
            } else if (request.query() == null) {
                refusals.refuse(200, ErrorCodes.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound");
            } else {
                refusals.refuse(
                        200,
                        ErrorCodes.PERSISTED_QUERY_NOT_TRUSTED,
                        "Only registered operations run on " + "this endpoint, and this document is not one of them.");
            }
        });
    }

    /** Whether every request must name a document loaded from a manifest. */
    boolean trustedOnly() {
        return config.enabled() && config.trustedOnly();
    }

    /** Hands {@code found} the document with {@code hash}, or null; answers 503 itself when the database is away. */
    private void lookUp(Vertx vertx, String hash, Refusals refusals, Consumer<String> found) {
        String known = documents.getIfPresent(hash);
        if (known != null) {
            found.accept(known);
            return;
        }
        vertx.executeBlocking(() -> load(hash), false).onComplete(loaded -> {
            if (loaded.failed()) {
                LOG.warnf("Persisted queries cannot be read: %s", loaded.cause().toString());
                refusals.refuse(
                        503,
                        ErrorCodes.UNAVAILABLE,
                        "The catalogue's database cannot be reached right now; retry shortly.",
                        "Retry-After",
                        "5");
                return;
            }
            if (loaded.result() != null) {
                documents.put(hash, loaded.result());
            }
            found.accept(loaded.result());
        });
    }

    /** Registers a document the client sent with its hash, after it passed the checks; the write runs off the loop. */
    void register(Vertx vertx, GraphQLRequest request) {
        if (!config.enabled()
                || config.trustedOnly()
                || request.persistedHash() == null
                || request.query() == null
                || documents.getIfPresent(request.persistedHash()) != null) {
            return;
        }
        documents.put(request.persistedHash(), request.query());
        vertx.executeBlocking(
                        () -> {
                            store(request.persistedHash(), request.query());
                            return null;
                        },
                        false)
                .onFailure(e -> LOG.warnf("A persisted query could not be stored: %s", e.toString()));
    }

    /** Forgets the copies in memory, as a restart would; the database keeps the documents. */
    void forgetCopies() {
        documents.invalidateAll();
    }

    public static String sha256(String document) {
        return Digests.sha256Hex(document.getBytes(StandardCharsets.UTF_8));
    }

    private String load(String hash) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select document from persisted_query where hash = ?")) {
            select.setString(1, hash);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private void store(String hash, String document) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into persisted_query (hash, document, "
                            + "origin, registered) select ?, ?, 'apq', ? where not exists (select 1 from persisted_query where hash = ?)")) {
                insert.setString(1, hash);
                insert.setString(2, document);
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.setString(4, hash);
                insert.executeUpdate();
            } catch (SQLException raced) {
                // Another replica or request stored the same document a moment earlier: nothing to do.
                if (load(hash) == null) {
                    throw raced;
                }
                return;
            }
            try (PreparedStatement trim = connection.prepareStatement(
                    "delete from persisted_query where hash in (select "
                            + "hash from persisted_query where origin = 'apq' order by registered desc, hash offset ? rows)")) {
                trim.setInt(1, config.maxEntries());
                trim.executeUpdate();
            }
        }
    }

    /**
     * Loads trusted documents (hash to document), all or none, and returns how many the manifest holds. A document
     * already registered by a client becomes a manifest document, which no bound removes.
     */
    public int loadManifest(Map<String, String> manifest) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("delete from persisted_query where hash = ?");
                    PreparedStatement insert =
                            connection.prepareStatement("insert into persisted_query (hash, document, "
                                    + "origin, registered) values (?, ?, 'manifest', ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (Map.Entry<String, String> entry : manifest.entrySet()) {
                    delete.setString(1, entry.getKey());
                    delete.executeUpdate();
                    insert.setString(1, entry.getKey());
                    insert.setString(2, entry.getValue());
                    insert.setTimestamp(3, now);
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the manifest", e);
        }
        documents.putAll(manifest);
        return manifest.size();
    }
}
