package io.jisr.common.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.jisr.common.error.ErrorCodes;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * GraphQL over HTTP rules SmallRye GraphQL leaves to the application: only queries over GET (405 otherwise), JSON
 * request bodies only (415 otherwise, which also keeps browsers' form posts out), 400 for a body that is not a
 * GraphQL request, and 4xx for request errors when the client accepts {@code application/graphql-response+json}.
 */
@ApplicationScoped
public class GraphQLHttpPolicy {

    public static final String REQUEST_ERROR = "jisr.graphql.requestError";
    public static final String AUTH_ERROR = "jisr.graphql.authError";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql")
    String path;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens", defaultValue = "15000")
    int maxTokens;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-whitespace-tokens", defaultValue = "200000")
    int maxWhitespaceTokens;

    @Inject
    JWTParser jwtParser;

    void install(@Observes Router router) {
        BodyHandler body = BodyHandler.create().setBodyLimit(maxBodySize.asLongValue());
        // WebSocket upgrades (subscriptions) pass untouched: reading their (empty) body would spoil the upgrade.
        router.route(path).order(-200).handler(ctx -> {
            if (isUpgrade(ctx)) {
                ctx.next();
            } else {
                body.handle(ctx);
            }
        });
        router.route(path).order(-199).handler(ctx -> {
            if (isUpgrade(ctx)) {
                ctx.next();
            } else if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
                authenticateThenCheck(ctx);
            } else {
                check(ctx);
            }
        });
    }

    /**
     * A request that presents credentials must present valid ones: a broken, expired or untrusted token is refused
     * with 401 and UNAUTHENTICATED, whatever the operation. Without a token, reads stay public.
     */
    private void authenticateThenCheck(RoutingContext ctx) {
        String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        String token = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : "";
        // Verifying may read the key on first use, so it runs off the event loop.
        ctx.vertx().executeBlocking(() -> {
            jwtParser.parse(token);
            return token;
        }, false).onComplete(verified -> {
            if (verified.succeeded()) {
                check(ctx);
            } else {
                ctx.response().putHeader("WWW-Authenticate", "Bearer");
                reject(ctx, 401, ErrorCodes.UNAUTHENTICATED,
                        "The bearer token is malformed, expired, or not issued by a trusted issuer.");
            }
        });
    }

    private static boolean isUpgrade(RoutingContext ctx) {
        return "websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE));
    }

    private void check(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        ctx.addHeadersEndHandler(ignored -> {
            String type = ctx.response().headers().get(HttpHeaders.CONTENT_TYPE);
            Object authError = ctx.get(AUTH_ERROR);
            if (ErrorCodes.UNAUTHENTICATED.equals(authError)) {
                // The whole operation failed for want of credentials, which HTTP says with 401.
                ctx.response().setStatusCode(401).putHeader("WWW-Authenticate", "Bearer");
            } else if (ErrorCodes.FORBIDDEN.equals(authError)) {
                ctx.response().setStatusCode(403);
            } else if (Boolean.TRUE.equals(ctx.get(REQUEST_ERROR)) && type != null && type.startsWith(GRAPHQL_RESPONSE)) {
                ctx.response().setStatusCode(400);
            }
        });
        if (HttpMethod.GET.equals(method)) {
            checkGet(ctx);
        } else if (HttpMethod.POST.equals(method)) {
            checkPost(ctx);
        } else {
            ctx.next();
        }
    }

    private void checkGet(RoutingContext ctx) {
        String query = ctx.request().getParam("query");
        if (query == null) {
            ctx.next();
            return;
        }
        Document document = parse(ctx, query);
        if (document == null) {
            return;
        }
        String operation = operationType(document, ctx.request().getParam("operationName"));
        if (!"QUERY".equals(operation)) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            reject(ctx, 405, ErrorCodes.METHOD_NOT_ALLOWED, "Only queries can be sent with GET; use POST for "
                    + (operation == null ? "this request" : operation.toLowerCase() + "s") + ".");
            return;
        }
        ctx.next();
    }

    private void checkPost(RoutingContext ctx) {
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        if (!mediaType.equals("application/json") && !mediaType.equals("application/graphql")) {
            reject(ctx, 415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
                    "Send the request as application/json (GraphQL over HTTP).");
            return;
        }
        if (mediaType.equals("application/json")) {
            JsonObject body;
            try {
                body = ctx.body().asJsonObject();
            } catch (DecodeException | ClassCastException e) {
                body = null;
            }
            if (body == null || !(body.getValue("query") instanceof String query)) {
                reject(ctx, 400, ErrorCodes.BAD_REQUEST,
                        "The body must be a JSON object with a string `query` (GraphQL over HTTP).");
                return;
            }
            Object variables = body.getValue("variables");
            if (variables != null && !(variables instanceof JsonObject)) {
                reject(ctx, 400, ErrorCodes.BAD_REQUEST, "`variables` must be a JSON object.");
                return;
            }
            if (parse(ctx, query) == null) {
                return;
            }
        }
        ctx.next();
    }

    /** The parsed document, or null after answering with a parse error. */
    private Document parse(RoutingContext ctx, String query) {
        try {
            ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                    .maxTokens(maxTokens).maxWhitespaceTokens(maxWhitespaceTokens));
            return new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(options).build());
        } catch (InvalidSyntaxException e) {
            String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
            boolean graphqlResponse = accept != null && accept.contains(GRAPHQL_RESPONSE);
            reject(ctx, graphqlResponse ? 400 : 200, ErrorCodes.GRAPHQL_PARSE_FAILED,
                    "Syntax error: " + e.getMessage());
            return null;
        }
    }

    private static String operationType(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        for (OperationDefinition op : operations) {
            if (operationName == null ? operations.size() == 1 : operationName.equals(op.getName())) {
                return op.getOperation().name();
            }
        }
        return null;
    }

    private static void reject(RoutingContext ctx, int status, String code, String message) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        String type = accept != null && accept.contains(GRAPHQL_RESPONSE) ? GRAPHQL_RESPONSE : "application/json";
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code));
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, type + "; charset=UTF-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
