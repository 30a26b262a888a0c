package io.jisr.graphql.engine;

import io.vertx.core.json.JsonObject;

/**
 * A GraphQL request as the client sent it, once its HTTP shape has been checked.
 *
 * @param query null only for an automatic persisted query sent by hash alone
 * @param variables null when none were sent
 * @param overGet whether it came as GET, where only queries may run
 * @param persistedHash the SHA-256 of {@code extensions.persistedQuery}, or null
 */
public record GraphQLRequest(
        String query, String operationName, JsonObject variables, boolean overGet, String persistedHash) {

    public GraphQLRequest withQuery(String document) {
        return new GraphQLRequest(document, operationName, variables, overGet, persistedHash);
    }
}
