package io.jisr.graphql.edge;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.jisr.common.error.ValidationException;
import io.jisr.common.security.Roles;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Loading the operations a trusted-documents deployment runs (see jisr.persisted-queries.trusted-only). */
@GraphQLApi
public class TrustedDocumentsGraphQLApi {

    private static final String SHA256_PREFIX = "sha256:";

    @Inject
    PersistedQueries persistedQueries;

    @Mutation("registerTrustedDocuments")
    @RolesAllowed(Roles.ADMIN)
    @NonNull
    @Description("Registers the operations of a persisted-document manifest, all or none, so clients can run them by "
            + "hash (and, in trusted-documents mode, only them). Returns how many the manifest holds. Admins only.")
    public int registerTrustedDocuments(
            @NonNull
                    @Description(
                            "The manifest as JSON text: either an object of SHA-256 "
                                    + "hash (hex, optionally prefixed `sha256:`) to document (GraphQL Code Generator's client preset) or Apollo's persisted-query manifest "
                                    + "(`{\"format\": \"apollo-persisted-query-manifest\", \"operations\": [{\"id\", \"body\"}]}`).")
                    String manifest) {
        return persistedQueries.loadManifest(documents(manifest));
    }

    /** The hash-to-document map of either manifest format, every hash checked against its document. */
    static Map<String, String> documents(String manifest) {
        JsonObject json;
        try {
            json = new JsonObject(manifest);
        } catch (DecodeException | ClassCastException e) {
            throw ValidationException.of("manifest", "must be a JSON object");
        }
        Map<String, String> documents = new LinkedHashMap<>();
        if (json.getValue("operations") instanceof JsonArray operations) {
            for (Object operation : operations) {
                if (!(operation instanceof JsonObject op)
                        || !(op.getValue("id") instanceof String id)
                        || !(op.getValue("body") instanceof String body)) {
                    throw ValidationException.of("manifest", "every operation needs a string `id` and `body`");
                }
                documents.put(id, body);
            }
        } else {
            for (Map.Entry<String, Object> entry : json) {
                if (!(entry.getValue() instanceof String document)) {
                    throw ValidationException.of("manifest", "maps each hash to a document (a string)");
                }
                documents.put(unprefixed(entry.getKey()), document);
            }
        }
        if (documents.isEmpty()) {
            throw ValidationException.of("manifest", "holds no operation");
        }
        documents.forEach((hash, document) -> {
            if (!hash.equals(PersistedQueries.sha256(document))) {
                throw ValidationException.of(
                        "manifest", "the hash " + abbreviate(hash) + " is not the SHA-256 of its document");
            }
            try {
                Parser.parse(document);
            } catch (InvalidSyntaxException e) {
                throw ValidationException.of(
                        "manifest", "the document of " + abbreviate(hash) + " is not valid GraphQL: " + e.getMessage());
            }
        });
        return documents;
    }

    /** Newer client presets write the algorithm before the hash ({@code sha256:<hex>}); requests carry the hex. */
    private static String unprefixed(String hash) {
        return hash.startsWith(SHA256_PREFIX) ? hash.substring(SHA256_PREFIX.length()) : hash;
    }

    private static String abbreviate(String hash) {
        return hash.length() <= 12 ? hash : hash.substring(0, 12) + "…";
    }
}
