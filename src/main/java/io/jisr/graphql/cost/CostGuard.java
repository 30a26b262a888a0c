package io.jisr.graphql.cost;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.schema.GraphQLSchema;
import io.jisr.common.error.ErrorCodes;
import io.jisr.graphql.engine.Documents;
import io.jisr.graphql.engine.Exchange;
import io.jisr.graphql.engine.GraphQLRequest;
import io.jisr.graphql.engine.Refusals;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Parses the document once before it runs ({@link Documents}) and refuses, with a coded error, what must not run: a syntax error, a
 * mutation or subscription over GET (405), and an operation over the depth, estimated cost, alias or repeated-field
 * limits ({@link QueryCost}). The parser and depth limits are SmallRye's own settings (defaults in
 * {@code application.properties}). The same checks run over HTTP and over WebSocket.
 */
@ApplicationScoped
public class CostGuard {

    /** A document that may run, and the operation in it that will (null when the name matches none). */
    public record Checked(Document document, OperationDefinition operation) {}

    @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth")
    int maxDepth;

    @Inject
    Limits limits;

    @Inject
    ListSizes listSizes;

    @Inject
    Documents documents;

    @Inject
    Instance<GraphQLSchema> schema;

    /** The checked request over HTTP, or null after answering with the refusal. */
    public Checked check(RoutingContext ctx, GraphQLRequest request) {
        return check(request, Exchange.of(ctx), Refusals.of(ctx));
    }

    /**
     * The checked request, or null after refusing it; {@code exchange}, null over WebSocket, is told the operation
     * and its cost.
     */
    public Checked check(GraphQLRequest request, Exchange exchange, Refusals refusals) {
        Document document = parse(refusals, request.query());
        if (document == null) {
            return null;
        }
        OperationDefinition operation = operation(document, request.operationName());
        if (request.overGet() && operation == null && hasNonQuery(document)) {
            // Which operation would run is unclear (no or an unknown name), and one of them would change data.
            refusals.refuse(
                    405,
                    ErrorCodes.METHOD_NOT_ALLOWED,
                    "Only queries can be sent with GET; use POST for this request.",
                    "Allow",
                    "POST");
            return null;
        }
        if (request.overGet() && operation != null && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            refusals.refuse(
                    405,
                    ErrorCodes.METHOD_NOT_ALLOWED,
                    "Only queries can be sent with GET; use POST for "
                            + operation.getOperation().name().toLowerCase() + "s.",
                    "Allow",
                    "POST");
            return null;
        }
        String refusal = operation == null ? null : refusal(document, operation, request, exchange);
        if (refusal != null) {
            refusals.refuse(200, ErrorCodes.QUERY_TOO_COMPLEX, refusal);
            return null;
        }
        if (operation != null && exchange != null) {
            exchange.operation(operation);
        }
        return new Checked(document, operation);
    }

    private String refusal(
            Document document, OperationDefinition operation, GraphQLRequest request, Exchange exchange) {
        QueryCost.Result cost = QueryCost.of(
                schema.get(),
                document,
                operation,
                request.variables() == null ? Map.of() : request.variables().getMap(),
                limits.listSizeEstimate(),
                listSizes);
        if (exchange != null) {
            exchange.cost(cost.cost(), limits.maxComplexity());
        }
        if (cost.depth() > maxDepth) {
            return "The query is nested " + cost.depth() + " levels deep; the maximum depth is " + maxDepth + ".";
        }
        if (cost.cost() > limits.maxComplexity()) {
            return "The query is too expensive: its estimated cost " + cost.cost() + " exceeds "
                    + limits.maxComplexity() + ". Ask for fewer items (first/last) or fewer nested lists.";
        }
        if (cost.aliases() > limits.maxAliases()) {
            return "The query uses " + cost.aliases() + " aliases; at most " + limits.maxAliases() + " are allowed.";
        }
        if (cost.maxRepeats() > limits.maxFieldRepeats()) {
            return "A field is selected " + cost.maxRepeats() + " times in one selection; at most "
                    + limits.maxFieldRepeats() + " are allowed.";
        }
        return null;
    }

    /** The parsed document, or null after answering with a parse error. */
    private Document parse(Refusals refusals, String query) {
        try {
            return documents.parse(query);
        } catch (InvalidSyntaxException e) {
            refusals.refuse(
                    refusals.requestErrorStatus(), ErrorCodes.GRAPHQL_PARSE_FAILED, "Syntax error: " + e.getMessage());
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
}
