package io.jisr.graphql.engine;

import graphql.GraphQLContext;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.jisr.common.error.ErrorCodes;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Set;

/**
 * What the engine learns about one GraphQL request over HTTP on its way through the edge, the read cache, the cost
 * check and the execution, and what the execution tells the edge back: one typed object per request, kept under one
 * key in the HTTP request and in the GraphQL context of the operation it runs. Each part is written by one step and
 * read by those after it, as noted on its methods. Operations over WebSocket have none.
 */
public final class Exchange {

    private static final String KEY = Exchange.class.getName();

    // The edge: set by the token check, the refusal, the cost check.
    private String subject;
    private Set<String> groups = Set.of();
    private String refused;
    private OperationDefinition.Operation operationType;
    private String operationName;
    private Cost cost;

    // The read cache: where a clean answer is kept.
    private boolean publicRead;
    private String cacheKey;
    private long cacheGeneration;
    private String cacheType;

    // The execution: the checked request, the document the edge parsed, the query when SmallRye was handed a
    // stand-in, the operation's own loader dispatch.
    private HttpExecution.Request request;
    private Document document;
    private String query;
    private LoaderDispatch loaderDispatch;

    // The outcome, written by the error shaping (on whichever thread finished the operation), read as the answer's
    // headers are written.
    private volatile boolean requestError;
    private volatile boolean unavailable;
    private volatile String authError;

    Exchange() {}

    /** The exchange of {@code ctx}, begun on first use. */
    public static Exchange of(RoutingContext ctx) {
        Exchange exchange = ctx.get(KEY);
        if (exchange == null) {
            exchange = new Exchange();
            ctx.put(KEY, exchange);
        }
        return exchange;
    }

    /** The exchange an operation runs in, or null when it has none (WebSocket). */
    static Exchange of(GraphQLContext context) {
        return context.get(KEY);
    }

    /** Hands this exchange to the operation: {@code context} becomes its GraphQL context. */
    void attachTo(Map<String, Object> context) {
        context.put(KEY, this);
    }

    /** The token check: the verified token's subject and groups (roles). */
    public void verified(String subject, Set<String> groups) {
        this.subject = subject;
        this.groups = groups == null ? Set.of() : groups;
    }

    /** The verified token's subject, which the rate limit counts by; null without a token. */
    public String subject() {
        return subject;
    }

    /** Whether the request carries a verified token granting {@code role}. */
    public boolean hasRole(String role) {
        return groups.contains(role);
    }

    /** The code of the refusal the request got, for the metrics and the log; null when it ran. */
    public String refused() {
        return refused;
    }

    void refuse(String code) {
        refused = code;
    }

    /** The cost check: the operation that will run. */
    public void operation(OperationDefinition operation) {
        operationType = operation.getOperation();
        operationName = operation.getName();
    }

    /**
     * What an operation costs against the limit, as the cost check estimated it before it ran; every answer carries it
     * in {@code extensions.cost}. The same for every client, so it may enter a cached body.
     */
    public record Cost(long requested, long limit) {}

    /** The cost check: what the operation costs, set before it is refused or runs. */
    public void cost(long requested, long limit) {
        cost = new Cost(requested, limit);
    }

    /** The operation's cost, or null when it was not estimated (refused before the cost check). */
    public Cost cost() {
        return cost;
    }

    /** The type of the operation that runs ({@code QUERY}, {@code MUTATION} …), null before the cost check. */
    public String operationType() {
        return operationType == null ? null : operationType.name();
    }

    /** The name of the operation that runs, null when it has none. */
    public String operationName() {
        return operationName;
    }

    /** The read cache: a GET answer without credentials may be kept by browsers and proxies. */
    public void publicRead(boolean publicRead) {
        this.publicRead = publicRead;
    }

    public boolean publicRead() {
        return publicRead;
    }

    /** The read cache: a clean answer is to be kept under {@code key}, if the cache is still at {@code generation}. */
    public void keepAs(String key, long generation, String responseType) {
        cacheKey = key;
        cacheGeneration = generation;
        cacheType = responseType;
    }

    /** Keeps the answer out of every cache: the operation is not a query. */
    public void keepNowhere() {
        cacheKey = null;
        publicRead = false;
    }

    public String cacheKey() {
        return cacheKey;
    }

    public long cacheGeneration() {
        return cacheGeneration;
    }

    public String cacheType() {
        return cacheType;
    }

    HttpExecution.Request request() {
        return request;
    }

    void request(HttpExecution.Request request) {
        this.request = request;
    }

    /** The document the edge parsed and checked, or null over WebSocket. */
    Document document() {
        return document;
    }

    void document(Document document) {
        this.document = document;
    }

    /** The query graphql-java runs when SmallRye was handed a stand-in ({@link HttpExecution#standIn}), else null. */
    String query() {
        return query;
    }

    void query(String query) {
        this.query = query;
    }

    /** The operation's own data-loader dispatch, or null when graphql-java dispatches them. */
    LoaderDispatch loaderDispatch() {
        return loaderDispatch;
    }

    void loaderDispatch(LoaderDispatch loaderDispatch) {
        this.loaderDispatch = loaderDispatch;
    }

    /** The operation's outcome, from its shaped errors. */
    void outcome(boolean requestError, boolean unavailable, String authError) {
        this.requestError = requestError;
        this.unavailable = unavailable;
        this.authError = authError;
    }

    /** No data at all: a request error, 400 under {@code application/graphql-response+json}. */
    boolean requestError() {
        return requestError;
    }

    /** The database was unavailable: 503. */
    boolean unavailable() {
        return unavailable;
    }

    /** {@link ErrorCodes#UNAUTHENTICATED} or {@link ErrorCodes#FORBIDDEN} when the whole operation failed so. */
    String authError() {
        return authError;
    }
}
