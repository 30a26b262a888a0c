package io.jisr.graphql.engine;

import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Runs a GraphQL request over HTTP that the edge has read and checked, through SmallRye's execution service, and
 * writes the answer itself. Quarkus's own handler would read the body again and write the result through a JSON-P
 * object tree and then a string. Here the checked request is handed
 * over as it is, with the document the edge parsed (in its {@link Exchange}, so it is not parsed again), and an answer
 * without errors is written straight into a buffer ({@link ResultJson}), which the read cache then keeps as it is.
 * SmallRye parses the query it is handed once more, only to list the operation types in it (its document cache
 * stores only what its own instrumentation validated, which is replaced here; see the bypass table in io.jisr.graphql).
 * It is handed a stand-in of a few tokens with the same operation types instead ({@link #standIn}); graphql-java gets
 * the real query back before it runs, and the document the edge parsed.
 * Answers with errors are written by SmallRye, which shapes their extensions. The base class activates the request
 * context and the caller's identity, as for SmallRye's own route.
 */
public final class HttpExecution extends SmallRyeGraphQLAbstractHandler {

    /** Stand-ins by the operation types they list: a handful. */
    private static final Map<List<OperationDefinition.Operation>, String> STAND_INS = new ConcurrentHashMap<>();

    /** Sends an answer: {@code body} is the JSON of {@code result}. */
    @FunctionalInterface
    public interface Answer {
        void send(RoutingContext ctx, ExecutionResult result, Buffer body);
    }

    /**
     * The checked request; {@code variables} is null when none were sent. Its {@code extensions} have served their
     * purpose at the edge (persisted queries), so they are not passed on.
     */
    public record Request(String query, String operationName, JsonObject variables, Document document) {}

    private static final Logger LOG = Logger.getLogger(HttpExecution.class);

    private final Answer answer;
    private final Supplier<GraphQLSchema> schema;
    private volatile ResultJson json;

    /** {@code schema} is SmallRye's, asked for when the first answer is written: it is built after the routes. */
    public HttpExecution(
            CurrentIdentityAssociation identity,
            CurrentHttpRequest request,
            Supplier<GraphQLSchema> schema,
            Answer answer) {
        // Non-blocking, as SmallRye's own route runs: the data fetchers move blocking work to worker threads.
        super(identity, request.vertxRequest(), false);
        this.schema = schema;
        this.answer = answer;
    }

    /** Runs {@code request} and answers {@code ctx} with its result. */
    public void run(RoutingContext ctx, Request request) {
        Exchange.of(ctx).request(request);
        handle(ctx);
    }

    @Override
    protected void doHandle(RoutingContext ctx) {
        Exchange exchange = Exchange.of(ctx);
        Request request = exchange.request();
        Map<String, Object> context = getMetaData(ctx);
        exchange.attachTo(context);
        String query = request.query();
        if (request.document() != null) {
            exchange.document(request.document());
            String standIn = standIn(request.document());
            if (standIn != null) {
                exchange.query(query);
                query = standIn;
            }
        }
        JsonObject input = new JsonObject().put("query", query);
        if (request.operationName() != null) {
            input.put("operationName", request.operationName());
        }
        if (request.variables() != null) {
            input.put("variables", request.variables());
        }
        getExecutionService().executeAsync(inputToJsonObject(input.encode()), context, new Writer(ctx));
    }

    /**
     * A short document with the operation types of {@code document}, in the same order (all SmallRye reads from the
     * query it is handed, for {@code Context.getRequestedOperationTypes}), or null for a document without operations.
     */
    static String standIn(Document document) {
        Set<OperationDefinition.Operation> types = new LinkedHashSet<>();
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            types.add(operation.getOperation());
        }
        if (types.isEmpty()) {
            return null;
        }
        // Parsed, never validated: the fewest tokens that make each operation.
        return STAND_INS.computeIfAbsent(
                List.copyOf(types),
                list -> list.stream()
                        .map(type -> type.name().toLowerCase(Locale.ROOT) + "{a}")
                        .collect(Collectors.joining(" ")));
    }

    private ResultJson json() {
        ResultJson current = json;
        if (current == null) {
            // Racing first answers may each build one; they are equal.
            current = new ResultJson(schema.get());
            json = current;
        }
        return current;
    }

    /**
     * SmallRye's JSON of an answer with errors, with the cost added to its extensions: appended as text when it has
     * none (so the data keep the exact form SmallRye wrote), else merged.
     */
    private static Buffer withCost(String answer, boolean noExtensions, Exchange.Cost cost) {
        if (cost == null) {
            return Buffer.buffer(answer);
        }
        int end = answer.lastIndexOf('}');
        if (noExtensions && end > 0) {
            return Buffer.buffer(answer.substring(0, end) + ",\"extensions\":{\"cost\":{\"requested\":"
                    + cost.requested() + ",\"limit\":" + cost.limit() + "}}}");
        }
        return Buffer.buffer(Rejection.withCost(new JsonObject(answer), cost).encode());
    }

    private final class Writer implements ExecutionResponseWriter {

        private final RoutingContext ctx;

        Writer(RoutingContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public void write(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            Exchange.Cost cost = Exchange.of(ctx).cost();
            Buffer body = result.getErrors().isEmpty() && result.getExtensions() == null
                    ? json().ofData(result.isDataPresent() ? result.getData() : null, cost)
                    : withCost(response.getExecutionResultAsString(), result.getExtensions() == null, cost);
            try {
                answer.send(ctx, result, body);
            } catch (IllegalStateException e) {
                // The response was already sent: the request timed out or the client went away.
                LOG.debug("Cannot write the response", e);
            }
        }

        @Override
        public void fail(Throwable t) {
            ctx.fail(t);
        }
    }
}
