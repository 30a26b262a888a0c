package io.jisr.graphql.edge;

import io.jisr.graphql.cost.CostGuard;
import io.jisr.graphql.engine.Exchange;
import io.jisr.graphql.engine.GraphQLRequest;
import io.jisr.graphql.engine.Refusals;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.BiConsumer;

/**
 * The checks every operation meets once its request has a shape, whichever transport carried it: the persisted-query
 * or trusted-document entry ({@link PersistedQueries}), then the parse, depth, cost, alias and repeated-field limits
 * ({@link CostGuard}). {@link GraphQLRoutes} runs them for HTTP requests and {@link WebSocketAdmission} for each
 * operation a WebSocket starts, so both transports refuse the same operations with the same codes.
 */
@ApplicationScoped
public class OperationChecks {

    @Inject
    PersistedQueries persistedQueries;

    @Inject
    CostGuard costGuard;

    /**
     * Hands {@code run} the request (with its document, when it came by hash) and its checked document, or refuses
     * it. {@code exchange}, null over WebSocket, is told the operation and its cost; {@code admin}: the client holds
     * the admin role, which may run documents outside the trusted set.
     */
    void check(
            Vertx vertx,
            Exchange exchange,
            boolean admin,
            GraphQLRequest request,
            Refusals refusals,
            BiConsumer<GraphQLRequest, CostGuard.Checked> run) {
        if (request.persistedHash() != null || persistedQueries.trustedOnly()) {
            persistedQueries.resolve(
                    vertx, admin, request, refusals, resolved -> checked(vertx, exchange, resolved, refusals, run));
        } else {
            checked(vertx, exchange, request, refusals, run);
        }
    }

    private void checked(
            Vertx vertx,
            Exchange exchange,
            GraphQLRequest request,
            Refusals refusals,
            BiConsumer<GraphQLRequest, CostGuard.Checked> run) {
        CostGuard.Checked checked = costGuard.check(request, exchange, refusals);
        if (checked != null) {
            persistedQueries.register(vertx, request);
            run.accept(request, checked);
        }
    }
}
