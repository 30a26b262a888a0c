package io.jisr.common.node.service;

import io.jisr.common.CatalogueEntity;
import io.jisr.common.error.BadUserInputException;
import io.jisr.common.node.GlobalId;
import io.jisr.common.node.Node;
import io.jisr.common.node.NodeType;
import io.jisr.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records by global id: one (for reads and the write path alike), or any mix with one query per type (Relay refetching). */
@ApplicationScoped
public class NodeService {

    @Inject
    EntityManager em;

    public List<Node> load(List<String> ids) {
        if (ids.size() > PageRequest.MAX_SIZE) {
            throw new BadUserInputException(
                    "At most " + PageRequest.MAX_SIZE + " ids per request; got " + ids.size() + ".");
        }
        List<GlobalId> decoded = ids.stream().map(GlobalId::decode).toList();
        Map<NodeType, List<Long>> keysByType = new EnumMap<>(NodeType.class);
        for (GlobalId id : decoded) {
            keysByType.computeIfAbsent(id.type(), t -> new ArrayList<>()).add(id.key());
        }
        Map<GlobalId, Node> found = new HashMap<>();
        keysByType.forEach((type, keys) -> {
            List<CatalogueEntity> rows = em.createNamedQuery(type.typeName + ".byKeys", CatalogueEntity.class)
                    .setParameter(1, keys)
                    .getResultList();
            rows.forEach(row -> found.put(new GlobalId(type, row.pk), (Node) row));
        });
        List<Node> result = new ArrayList<>(decoded.size());
        decoded.forEach(id -> result.add(found.get(id)));
        return result;
    }

    /** The record with global id {@code id}; empty when none exists or the id names another type. */
    public <E extends CatalogueEntity> Optional<E> find(Class<E> type, NodeType nodeType, String id) {
        Long key = GlobalId.keyOf(id, nodeType);
        return key == null ? Optional.empty() : Optional.ofNullable(em.find(type, key));
    }

    /** The entity class of a record type, so callers that accept any record need not know every type. */
    public Class<? extends CatalogueEntity> entityClass(NodeType type) {
        String name = type.typeName;
        return em.getMetamodel().getEntities().stream()
                .filter(entity -> entity.getName().equals(name))
                .findFirst()
                .<Class<? extends CatalogueEntity>>map(
                        entity -> entity.getJavaType().asSubclass(CatalogueEntity.class))
                .orElseThrow();
    }
}
