package io.jisr.common.node.graphql;

import io.jisr.common.node.Node;
import io.jisr.common.node.service.NodeService;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class NodeGraphQLApi {

    @Inject
    NodeService service;

    @Query("node")
    @Description("Fetches any object by its global id; null when it does not exist.")
    public Node node(@NonNull @Id @Description("A global id returned by this API.") String id) {
        return service.load(List.of(id)).get(0);
    }

    // Typed [ID!]! in the schema by SchemaTypes: SmallRye cannot coerce a list argument marked @Id.
    @Query("nodes")
    @NonNull
    @Description("Fetches up to 100 objects by global id, in the order given; null for each that does not exist.")
    public List<Node> nodes(@NonNull @Description("Global ids returned by this API.") List<@NonNull String> ids) {
        return service.load(ids);
    }
}
