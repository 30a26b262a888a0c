package io.jisr.source.service;

import io.jisr.common.CatalogueEntity;
import io.jisr.common.editing.Referrers;
import io.jisr.source.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.PluralAttribute;
import java.util.ArrayList;
import java.util.List;

/**
 * The records that use a source: that cite it, whose text it shows, that keep it as the evidence of a corrected text
 * or as the source of a date. Found in the persistence model, not named here: every entity with a reference to
 * {@link Source}, in a collection, a field or an embedded value, is asked, so a new one is guarded without a change.
 */
@ApplicationScoped
public class SourceReferrers implements Referrers {

    @Inject
    EntityManager em;

    private volatile String query;

    @Override
    public List<String> of(CatalogueEntity record) {
        if (!(record instanceof Source)) {
            return List.of();
        }
        return em.createQuery(query(), String.class).setParameter("s", record).getResultList();
    }

    private String query() {
        if (query == null) {
            List<String> selects = new ArrayList<>();
            for (EntityType<?> entity : em.getMetamodel().getEntities()) {
                if (entity.getJavaType() != Source.class) {
                    selects.addAll(selects(entity, entity, "e"));
                }
            }
            query = String.join(" union ", selects);
        }
        return query;
    }

    /** One select per reference to a source that {@code type} (the entity, or a value embedded in it at {@code path}) holds. */
    private static List<String> selects(EntityType<?> entity, ManagedType<?> type, String path) {
        String label = entity.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        String head = "select '" + label + " ' || e.slug from " + entity.getName() + " e ";
        List<String> selects = new ArrayList<>();
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            String at = path + "." + attribute.getName();
            if (attribute instanceof PluralAttribute<?, ?, ?> plural
                    && plural.getElementType().getJavaType() == Source.class) {
                selects.add(head + "join " + at + " s where s = :s");
            } else if (attribute.getJavaType() == Source.class) {
                selects.add(head + "where " + at + " = :s");
            } else if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED) {
                EmbeddableType<?> embedded = (EmbeddableType<?>)
                        ((jakarta.persistence.metamodel.SingularAttribute<?, ?>) attribute).getType();
                selects.addAll(selects(entity, embedded, at));
            }
        }
        return selects;
    }
}
