package io.jisr.common.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.jisr.common.error.ErrorCodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * Automatic persisted queries in Apollo's protocol: a request may carry {@code extensions.persistedQuery
 * {version: 1, sha256Hash}} instead of the document. A known hash runs its document; an unknown one is answered with
 * {@code PersistedQueryNotFound} (code PERSISTED_QUERY_NOT_FOUND), and the client sends the document with the hash,
 * which registers it once it has passed the cost checks. Documents live in the database (bounded, oldest out first),
 * so they survive a restart and every replica sees them; a bounded copy in memory spares the look-up.
 */
@ApplicationScoped
public class PersistedQueries {

    private static final Logger LOG = Logger.getLogger(PersistedQueries.class);
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    /** Documents by hash; bounded by their total length, since one document may be as large as a request body. */
    private final Cache<String, String> documents = Caffeine.newBuilder()
            .maximumWeight(4_000_000).<String, String>weigher((hash, document) -> document.length()).build();

    @Inject
    PersistedQueryConfig config;

    @Inject
    DataSource dataSource;

    /**
     * Hands {@code next} the request with its document once the persisted-query entry is settled, or answers: with
     * the document when the hash is known, PERSISTED_QUERY_NOT_FOUND when not, a coded refusal when the entry is
     * malformed or does not match the document sent.
     */
    void resolve(RoutingContext ctx, GraphQLRequest request, Consumer<GraphQLRequest> next) {
        String hash = request.persistedHash();
        if (!config.enabled()) {
            if (request.query() != null) {
                next.accept(request);
            } else {
                Rejection.reject(ctx, 200, ErrorCodes.PERSISTED_QUERY_NOT_SUPPORTED, "PersistedQueryNotSupported");
            }
            return;
        }
        if (!SHA_256.matcher(hash).matches()) {
            Rejection.reject(ctx, 400, ErrorCodes.BAD_REQUEST, "`extensions.persistedQuery` must be "
                    + "{\"version\": 1, \"sha256Hash\": <64 lowercase hex digits>} (automatic persisted queries).");
            return;
        }
        if (request.query() != null) {
            if (!hash.equals(sha256(request.query()))) {
                Rejection.reject(ctx, 400, ErrorCodes.PERSISTED_QUERY_HASH_MISMATCH, "provided sha does not match query");
                return;
            }
            next.accept(request);
            return;
        }
        String known = documents.getIfPresent(hash);
        if (known != null) {
            next.accept(substitute(ctx, request, known));
            return;
        }
        ctx.vertx().executeBlocking(() -> load(hash), false).onComplete(loaded -> {
            if (loaded.failed()) {
                LOG.warnf("Persisted queries cannot be read: %s", loaded.cause().toString());
                ctx.response().putHeader("Retry-After", "5");
                Rejection.reject(ctx, 503, ErrorCodes.UNAVAILABLE,
                        "The catalogue's database cannot be reached right now; retry shortly.");
            } else if (loaded.result() == null) {
                Rejection.reject(ctx, 200, ErrorCodes.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound");
            } else {
                documents.put(hash, loaded.result());
                next.accept(substitute(ctx, request, loaded.result()));
            }
        });
    }

    /** Registers a document the client sent with its hash, after it passed the checks; the write runs off the loop. */
    void register(RoutingContext ctx, GraphQLRequest request) {
        if (!config.enabled() || request.persistedHash() == null || request.query() == null
                || documents.getIfPresent(request.persistedHash()) != null) {
            return;
        }
        documents.put(request.persistedHash(), request.query());
        ctx.vertx().executeBlocking(() -> {
            store(request.persistedHash(), request.query());
            return null;
        }, false).onFailure(e -> LOG.warnf("A persisted query could not be stored: %s", e.toString()));
    }

    /** Forgets the copies in memory, as a restart would; the database keeps the documents. */
    void forgetCopies() {
        documents.invalidateAll();
    }

    /**
     * The request with the stored document, which SmallRye reads from the body of a POST (GET parameters are passed
     * on after the checks, see {@link RequestShape#passCheckedParameters}).
     */
    private static GraphQLRequest substitute(RoutingContext ctx, GraphQLRequest request, String document) {
        if (!request.overGet()) {
            ctx.setBody(Buffer.buffer(ctx.body().asJsonObject().put("query", document).encode()));
        }
        return request.withQuery(document);
    }

    static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String load(String hash) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select document from persisted_query where hash = ?")) {
            select.setString(1, hash);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private void store(String hash, String document) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("insert into persisted_query (hash, document, "
                    + "registered) select ?, ?, ? where not exists (select 1 from persisted_query where hash = ?)")) {
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
            try (PreparedStatement trim = connection.prepareStatement("delete from persisted_query where hash in "
                    + "(select hash from persisted_query order by registered desc, hash offset ? rows)")) {
                trim.setInt(1, config.maxEntries());
                trim.executeUpdate();
            }
        }
    }
}
