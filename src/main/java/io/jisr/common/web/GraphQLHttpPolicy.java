package io.jisr.common.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import io.jisr.common.cache.ReadCache;
import io.jisr.common.error.ErrorCodes;
import io.jisr.common.error.ErrorShaper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
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
    public static final String UNAVAILABLE = "jisr.graphql.unavailable";
    private static final String CLIENT = "jisr.client";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(GraphQLHttpPolicy.class);

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql")
    String path;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens", defaultValue = "15000")
    int maxTokens;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-whitespace-tokens", defaultValue = "200000")
    int maxWhitespaceTokens;

    @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth", defaultValue = "15")
    int maxDepth;

    @ConfigProperty(name = "quarkus.smallrye-graphql.authorization-client-init-payload-name")
    Optional<String> authorizationPayloadKey;

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    CurrentVertxRequest currentRequest;

    private final ClientCounter webSockets = new ClientCounter();

    @Inject
    JWTParser jwtParser;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    Limits limits;

    @Inject
    ReadCache readCache;

    @Inject
    SubscriptionLimits subscriptionLimits;

    @Inject
    ListSizes listSizes;

    @Inject
    Instance<GraphQLSchema> schema;

    void install(@Observes Router router) {
        BodyHandler body = BodyHandler.create().setBodyLimit(maxBodySize.asLongValue());
        SubscriptionSocket sockets = new SubscriptionSocket(identity, currentRequest, subscriptionLimits,
                authorizationPayloadKey);
        // WebSocket upgrades (subscriptions) are served here, ahead of SmallRye's own WebSocket route; reading their
        // (empty) body would spoil the upgrade.
        router.route(path).order(-200).handler(ctx -> {
            if (isUpgrade(ctx)) {
                admitWebSocket(ctx, sockets);
            } else {
                body.handle(ctx);
            }
        });
        router.route(path).order(-199).handler(ctx -> {
            if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
                authenticateThenCheck(ctx);
            } else {
                check(ctx);
            }
        });
        // Whatever fails on the way (an oversized body, malformed percent-encoding, an unexpected error) is still
        // answered as GraphQL-shaped JSON with a code, never an empty or plain-text page.
        router.route(path).order(-200).failureHandler(GraphQLHttpPolicy::answerFailure);
    }

    private static void answerFailure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode() >= 400 && ctx.statusCode() < 500 ? ctx.statusCode() : 500;
        if (status == 500) {
            String correlationId = java.util.UUID.randomUUID().toString();
            LOG.errorf(ctx.failure(), "Internal error %s on %s %s", correlationId, ctx.request().method(),
                    ctx.request().path());
            reject(ctx, 500, ErrorCodes.INTERNAL, ErrorShaper.internalMessage(correlationId));
        } else if (status == 413) {
            reject(ctx, 413, ErrorCodes.BAD_REQUEST, "The request body is larger than the endpoint accepts.");
        } else {
            reject(ctx, status, ErrorCodes.BAD_REQUEST, "The request is malformed (" + status + ").");
        }
    }

    /**
     * A request that presents credentials must present valid ones: a broken, expired or untrusted token is refused
     * with 401 and UNAUTHENTICATED, whatever the operation. Without a token, reads stay public.
     */
    private void authenticateThenCheck(RoutingContext ctx) {
        String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        String token = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : "";
        // Verifying may read the key on first use, so it runs off the event loop.
        ctx.vertx().executeBlocking(() -> jwtParser.parse(token).getSubject(), false).onComplete(verified -> {
            if (verified.succeeded()) {
                // RFC 6750 allows more than one space after "Bearer"; the framework's own check does not.
                ctx.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
                ctx.put(CLIENT, "subject:" + verified.result());
                check(ctx);
            } else {
                ctx.response().putHeader("WWW-Authenticate", "Bearer");
                reject(ctx, 401, ErrorCodes.UNAUTHENTICATED,
                        "The bearer token is malformed, expired, or not issued by a trusted issuer.");
            }
        });
    }

    /** Caps concurrent subscription connections per client address; over the cap the upgrade is refused with 429. */
    private void admitWebSocket(RoutingContext ctx, SubscriptionSocket sockets) {
        String client = ctx.request().remoteAddress().hostAddress();
        int max = subscriptionLimits.maxConnectionsPerClient();
        if (!webSockets.tryAcquire(client, max)) {
            ctx.response().putHeader("Retry-After", "60");
            reject(ctx, 429, ErrorCodes.RATE_LIMITED, "Too many open subscription connections from this client; "
                    + "at most " + max + ".");
            return;
        }
        ctx.request().connection().closeHandler(v -> webSockets.release(client));
        sockets.handle(ctx);
    }

    private static boolean isUpgrade(RoutingContext ctx) {
        return "websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE));
    }

    private void check(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        ctx.addHeadersEndHandler(ignored -> {
            String type = ctx.response().headers().get(HttpHeaders.CONTENT_TYPE);
            Object authError = ctx.get(AUTH_ERROR);
            if (Boolean.TRUE.equals(ctx.get(UNAVAILABLE))) {
                // Clients and load balancers retry a 503; the database is usually back within seconds.
                status(ctx, 503).putHeader("Retry-After", "5");
            } else if (ErrorCodes.UNAUTHENTICATED.equals(authError)) {
                // The whole operation failed for want of credentials, which HTTP says with 401.
                status(ctx, 401).putHeader("WWW-Authenticate", "Bearer");
            } else if (ErrorCodes.FORBIDDEN.equals(authError)) {
                status(ctx, 403);
            } else if (Boolean.TRUE.equals(ctx.get(REQUEST_ERROR)) && type != null && type.startsWith(GRAPHQL_RESPONSE)) {
                status(ctx, 400);
            }
        });
        String client = ctx.get(CLIENT) != null ? ctx.get(CLIENT) : "ip:" + ctx.request().remoteAddress().hostAddress();
        long wait = rateLimiter.secondsToWait(client);
        if (wait > 0) {
            ctx.response().putHeader("Retry-After", String.valueOf(wait));
            reject(ctx, 429, ErrorCodes.RATE_LIMITED, "Too many requests; retry in " + wait + " s.");
            return;
        }
        normaliseAccept(ctx);
        if (readCache.answer(ctx, acceptsGraphQLResponse(ctx))) {
            return;
        }
        if (HttpMethod.GET.equals(method)) {
            String query = ctx.request().getParam("query");
            if (query == null) {
                reject(ctx, 400, ErrorCodes.BAD_REQUEST, "A GET request needs a `query` parameter (GraphQL over HTTP).");
                return;
            }
            JsonObject variables = jsonParam(ctx, "variables");
            if (!ctx.response().ended()) {
                jsonParam(ctx, "extensions");
            }
            if (ctx.response().ended()) {
                return;
            }
            checkDocument(ctx, query, ctx.request().getParam("operationName"), variables, true);
        } else if (HttpMethod.POST.equals(method)) {
            checkPost(ctx);
        } else if (HttpMethod.OPTIONS.equals(method)) {
            ctx.next();
        } else {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
            reject(ctx, 405, ErrorCodes.METHOD_NOT_ALLOWED, "Use GET for queries and POST for any operation.");
        }
    }

    /** Rewrites the status of an answer SmallRye has already begun, with the reason phrase that goes with it. */
    private static io.vertx.core.http.HttpServerResponse status(RoutingContext ctx, int code) {
        return ctx.response().setStatusCode(code)
                .setStatusMessage(io.netty.handler.codec.http.HttpResponseStatus.valueOf(code).reasonPhrase());
    }

    private void checkPost(RoutingContext ctx) {
        String mediaType = MediaTypes.requestMediaType(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (mediaType == null) {
            reject(ctx, 415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
                    "Send the request as application/json (GraphQL over HTTP).");
            return;
        }
        // One clean value for SmallRye's handler, whatever duplicates or parameters the client sent.
        ctx.request().headers().set(HttpHeaders.CONTENT_TYPE, mediaType);
        if (mediaType.equals("application/graphql")) {
            checkDocument(ctx, ctx.body().asString(), null, null, false);
            return;
        }
        String text = ctx.body().asString();
        if (text != null && text.startsWith("\uFEFF")) {
            // RFC 8259 forbids writing one; refusing it plainly beats an uncoded parse error further on.
            reject(ctx, 400, ErrorCodes.BAD_REQUEST, "The body starts with a byte-order mark; send the JSON without it.");
            return;
        }
        JsonObject body;
        try {
            body = text == null ? null : new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            body = null;
        }
        if (body == null || !(body.getValue("query") instanceof String query)) {
            reject(ctx, 400, ErrorCodes.BAD_REQUEST,
                    "The body must be a JSON object with a string `query` (GraphQL over HTTP; batches are not supported).");
            return;
        }
        Object variables = body.getValue("variables");
        if (variables != null && !(variables instanceof JsonObject)) {
            reject(ctx, 400, ErrorCodes.BAD_REQUEST, "`variables` must be a JSON object.");
            return;
        }
        Object operationName = body.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            reject(ctx, 400, ErrorCodes.BAD_REQUEST, "`operationName` must be a string.");
            return;
        }
        Object extensions = body.getValue("extensions");
        if (extensions != null && !(extensions instanceof JsonObject)) {
            reject(ctx, 400, ErrorCodes.BAD_REQUEST, "`extensions` must be a JSON object.");
            return;
        }
        checkDocument(ctx, query, (String) operationName, (JsonObject) variables, false);
    }

    /** Parses the document, applies the method rule and the cost limits, then lets SmallRye GraphQL run it. */
    private void checkDocument(RoutingContext ctx, String query, String operationName, JsonObject variables,
            boolean overGet) {
        Document document = parse(ctx, query == null ? "" : query);
        if (document == null) {
            return;
        }
        OperationDefinition operation = operation(document, operationName);
        if (operation == null || operation.getOperation() != OperationDefinition.Operation.QUERY) {
            readCache.skip(ctx);
        }
        if (overGet && operation == null && hasNonQuery(document)) {
            // Which operation would run is unclear (no or an unknown name), and one of them would change data.
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            reject(ctx, 405, ErrorCodes.METHOD_NOT_ALLOWED, "Only queries can be sent with GET; use POST for this request.");
            return;
        }
        if (overGet && operation != null && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            reject(ctx, 405, ErrorCodes.METHOD_NOT_ALLOWED, "Only queries can be sent with GET; use POST for "
                    + operation.getOperation().name().toLowerCase() + "s.");
            return;
        }
        if (operation != null) {
            QueryCost.Result cost = QueryCost.of(schema.get(), document, operation,
                    variables == null ? Map.of() : variables.getMap(), limits.listSizeEstimate(), listSizes);
            String refusal = cost.depth() > maxDepth
                    ? "The query is nested " + cost.depth() + " levels deep; the maximum depth is " + maxDepth + "."
                    : cost.cost() > limits.maxComplexity()
                    ? "The query is too expensive: its estimated cost " + cost.cost() + " exceeds " + limits.maxComplexity()
                            + ". Ask for fewer items (first/last) or fewer nested lists."
                    : cost.aliases() > limits.maxAliases()
                            ? "The query uses " + cost.aliases() + " aliases; at most " + limits.maxAliases() + " are allowed."
                            : cost.maxRepeats() > limits.maxFieldRepeats()
                                    ? "A field is selected " + cost.maxRepeats() + " times in one selection; at most "
                                            + limits.maxFieldRepeats() + " are allowed."
                                    : null;
            if (refusal != null) {
                reject(ctx, 200, ErrorCodes.QUERY_TOO_COMPLEX, refusal);
                return;
            }
        }
        long timer = ctx.vertx().setTimer(limits.timeout().toMillis(), id -> {
            if (!ctx.response().headWritten()) {
                reject(ctx, 503, ErrorCodes.TIMEOUT, "The request took longer than " + limits.timeout().toMillis()
                        + " ms and was stopped.");
            }
        });
        ctx.addEndHandler(v -> ctx.vertx().cancelTimer(timer));
        if (overGet) {
            passCheckedParameters(ctx, operationName == null || operation == null ? null
                    : SelectedOperation.print(document, operation));
        }
        ctx.next();
    }

    /**
     * SmallRye's GET handler URL-decodes the parameters, which the HTTP layer has already decoded, a second time. Handing
     * it the checked values encoded once more makes what runs exactly what was checked: no `%` failing, no `+` turning
     * into a space, no `%0A` hidden in a comment becoming a line that escapes the limits. A named operation is passed
     * as the document of that operation alone ({@link SelectedOperation}).
     */
    private static void passCheckedParameters(RoutingContext ctx, String selectedOperation) {
        for (String name : List.of("query", "variables", "extensions")) {
            String value = "query".equals(name) && selectedOperation != null ? selectedOperation
                    : ctx.request().getParam(name);
            if (value != null) {
                ctx.queryParams().set(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        if (selectedOperation != null) {
            ctx.queryParams().remove("operationName");
        }
    }

    private static JsonObject jsonParam(RoutingContext ctx, String name) {
        String raw = ctx.request().getParam(name);
        if (raw == null) {
            return null;
        }
        try {
            return new JsonObject(raw);
        } catch (DecodeException e) {
            reject(ctx, 400, ErrorCodes.BAD_REQUEST, "`" + name + "` must be a JSON object.");
            return null;
        }
    }

    /** The parsed document, or null after answering with a parse error. */
    private Document parse(RoutingContext ctx, String query) {
        try {
            ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                    .maxTokens(maxTokens).maxWhitespaceTokens(maxWhitespaceTokens));
            return new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(options).build());
        } catch (InvalidSyntaxException e) {
            reject(ctx, acceptsGraphQLResponse(ctx) ? 400 : 200, ErrorCodes.GRAPHQL_PARSE_FAILED,
                    "Syntax error: " + e.getMessage());
            return null;
        }
    }

    private static boolean hasNonQuery(Document document) {
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .anyMatch(op -> op.getOperation() != OperationDefinition.Operation.QUERY);
    }

    private static OperationDefinition operation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        for (OperationDefinition op : operations) {
            if (operationName == null ? operations.size() == 1 : operationName.equals(op.getName())) {
                return op;
            }
        }
        return null;
    }

    /**
     * GraphQL over HTTP: a request without {@code Accept}, or one that accepts anything, is answered as
     * {@code application/json}; SmallRye would pick {@code application/graphql-response+json} for it.
     */
    private static void normaliseAccept(RoutingContext ctx) {
        if (!acceptsGraphQLResponse(ctx)) {
            ctx.request().headers().set(HttpHeaders.ACCEPT, "application/json");
        }
    }

    private static boolean acceptsGraphQLResponse(RoutingContext ctx) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(GRAPHQL_RESPONSE);
    }

    static void reject(RoutingContext ctx, int status, String code, String message) {
        String type = acceptsGraphQLResponse(ctx) ? GRAPHQL_RESPONSE : "application/json";
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code));
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, type + "; charset=UTF-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
