package io.jisr.history.graphql;

import io.jisr.common.CatalogueEntity;
import io.jisr.common.Descriptions;
import io.jisr.common.node.NodeType;
import io.jisr.graphql.engine.CurrentHttpRequest;
import io.jisr.history.ChangeBus;
import io.jisr.history.ChangeEvent;
import io.jisr.history.service.HistoryFilter;
import io.jisr.history.service.HistoryService;
import io.jisr.history.service.SubscriptionLimiter;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class HistoryGraphQLApi {

    @Inject
    HistoryService service;

    @Inject
    ChangeBus bus;

    @Inject
    SubscriptionLimiter subscriptions;

    @Inject
    CurrentHttpRequest request;

    @Query("history")
    @NonNull
    @Description("Every recorded change to the catalogue, newest first.")
    public ChangeConnection history(
            @Description(Descriptions.FILTER) HistoryFilter filter,
            @Description(Descriptions.FIRST) Integer first,
            @Description(Descriptions.AFTER) String after,
            @Description(Descriptions.LAST) Integer last,
            @Description(Descriptions.BEFORE) String before) {
        return new ChangeConnection(service.list(filter, first, after, last, before));
    }

    @Subscription("catalogueChanged")
    @Description(
            "Pushes each committed change (graphql-transport-ws, or legacy graphql-ws). Rolled-back mutations send nothing.")
    public Multi<ChangeEvent> catalogueChanged(
            @Description("Only changes to these kinds of record; all kinds when absent or empty.")
                    List<NodeType> types) {
        Set<NodeType> wanted = types == null || types.isEmpty() ? Set.of(NodeType.values()) : Set.copyOf(types);
        RoutingContext upgrade = request.get();
        String client =
                upgrade == null ? "unknown" : upgrade.request().remoteAddress().hostAddress();
        return subscriptions.admit(client, bus.stream().filter(event -> wanted.contains(event.change().recordType)));
    }

    /** Shared by the per-record {@code history} fields of every record type. */
    public static List<ChangeConnection> pages(
            HistoryService service,
            List<? extends CatalogueEntity> records,
            Integer first,
            String after,
            Integer last,
            String before) {
        return service.forRecords(records, first, after, last, before).stream()
                .map(ChangeConnection::new)
                .toList();
    }
}
