package io.jisr.common.web;

import io.vertx.core.json.JsonObject;

/**
 * A GraphQL request as the client sent it, once its HTTP shape has been checked.
 *
 * @param variables null when none were sent
 * @param overGet whether it came as GET, where only queries may run
 */
record GraphQLRequest(String query, String operationName, JsonObject variables, boolean overGet) {
}
