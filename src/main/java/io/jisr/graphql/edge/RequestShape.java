package io.jisr.graphql.edge;

import io.jisr.common.error.ErrorCodes;
import io.jisr.graphql.engine.GraphQLRequest;
import io.jisr.graphql.engine.MediaTypes;
import io.jisr.graphql.engine.Refusals;
import io.jisr.graphql.engine.Rejection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The GraphQL over HTTP rules for the shape of a request, which SmallRye GraphQL leaves to the application: GET with
 * a {@code query} parameter or POST with a JSON body (415 for any other media type, which also keeps browsers' form
 * posts out), 400 for a body that is not a GraphQL request, 405 for other methods.
 */
final class RequestShape {

    private RequestShape() {}

    /** The request, or null after answering: with a coded error, or 405 for a method GraphQL does not use. */
    static GraphQLRequest read(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (HttpMethod.GET.equals(method)) {
            return readGet(ctx);
        }
        if (HttpMethod.POST.equals(method)) {
            return readPost(ctx);
        }
        ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
        Rejection.reject(ctx, 405, ErrorCodes.METHOD_NOT_ALLOWED, "Use GET for queries and POST for any operation.");
        return null;
    }

    private static GraphQLRequest readGet(RoutingContext ctx) {
        String query = ctx.request().getParam("query");
        JsonObject variables = jsonParam(ctx, "variables");
        JsonObject extensions = ctx.response().ended() ? null : jsonParam(ctx, "extensions");
        if (ctx.response().ended()) {
            return null;
        }
        String persisted = persistedHash(extensions);
        if (query == null && persisted == null) {
            Rejection.reject(
                    ctx, 400, ErrorCodes.BAD_REQUEST, "A GET request needs a `query` parameter (GraphQL over HTTP).");
            return null;
        }
        return new GraphQLRequest(query, ctx.request().getParam("operationName"), variables, true, persisted);
    }

    private static GraphQLRequest readPost(RoutingContext ctx) {
        String mediaType = MediaTypes.requestMediaType(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (mediaType == null) {
            Rejection.reject(
                    ctx,
                    415,
                    ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
                    "Send the request as application/json (GraphQL over HTTP).");
            return null;
        }
        String text = ctx.body().asString();
        if (mediaType.equals("application/graphql")) {
            return new GraphQLRequest(text == null ? "" : text, null, null, false, null);
        }
        if (text != null && text.startsWith("\uFEFF")) {
            // RFC 8259 forbids writing one; refusing it plainly beats an uncoded parse error further on.
            Rejection.reject(
                    ctx,
                    400,
                    ErrorCodes.BAD_REQUEST,
                    "The body starts with a byte-order mark; send the JSON without it.");
            return null;
        }
        JsonObject body;
        try {
            body = text == null ? null : new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            body = null;
        }
        return fromJson(body, Refusals.of(ctx));
    }

    /**
     * The request in a JSON object ({@code query}, {@code operationName}, {@code variables}, {@code extensions}), as a
     * POST body or a WebSocket {@code subscribe} message's payload carries it; null (body) or null after refusing it.
     */
    static GraphQLRequest fromJson(JsonObject body, Refusals refusals) {
        Object query = body == null ? null : body.getValue("query");
        String persisted = body != null && body.getValue("extensions") instanceof JsonObject extensions
                ? persistedHash(extensions)
                : null;
        if (body == null || !(query instanceof String || query == null && persisted != null)) {
            refusals.refuse(
                    400,
                    ErrorCodes.BAD_REQUEST,
                    "The body must be a JSON object with a string `query` (GraphQL over HTTP; batches are not supported).");
            return null;
        }
        Object variables = body.getValue("variables");
        if (variables != null && !(variables instanceof JsonObject)) {
            refusals.refuse(400, ErrorCodes.BAD_REQUEST, "`variables` must be a JSON object.");
            return null;
        }
        Object operationName = body.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            refusals.refuse(400, ErrorCodes.BAD_REQUEST, "`operationName` must be a string.");
            return null;
        }
        Object extensions = body.getValue("extensions");
        if (extensions != null && !(extensions instanceof JsonObject)) {
            refusals.refuse(400, ErrorCodes.BAD_REQUEST, "`extensions` must be a JSON object.");
            return null;
        }
        return new GraphQLRequest((String) query, (String) operationName, (JsonObject) variables, false, persisted);
    }

    /**
     * The hash of an automatic persisted query ({@code extensions.persistedQuery.sha256Hash}), "" when the entry is
     * there but unusable, not version 1 (so that {@link PersistedQueries} refuses it with a reason), null when there
     * is none.
     */
    private static String persistedHash(JsonObject extensions) {
        Object entry = extensions == null ? null : extensions.getValue("persistedQuery");
        if (entry == null) {
            return null;
        }
        return entry instanceof JsonObject persisted
                        && Integer.valueOf(1).equals(persisted.getValue("version"))
                        && persisted.getValue("sha256Hash") instanceof String hash
                ? hash
                : "";
    }

    private static JsonObject jsonParam(RoutingContext ctx, String name) {
        String raw = ctx.request().getParam(name);
        if (raw == null) {
            return null;
        }
        try {
            return new JsonObject(raw);
        } catch (DecodeException e) {
            Rejection.reject(ctx, 400, ErrorCodes.BAD_REQUEST, "`" + name + "` must be a JSON object.");
            return null;
        }
    }
}
