package io.jisr.common.editing;

import io.jisr.common.CatalogueEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.Hibernate;

/** The editable single-valued fields of a record as text, so two states can be compared for the change history. */
public final class Snapshot {

    /** Kept by the write path itself: audit columns and the derived search column. */
    private static final Set<String> AUDIT = Set.of("pk", "version", "createdAt", "updatedAt", "searchText");

    private Snapshot() {}

    public static Map<String, String> of(EntityManager em, CatalogueEntity entity) {
        Map<String, String> values = new TreeMap<>();
        for (Attribute<?, ?> attribute :
                em.getMetamodel().entity(Hibernate.getClass(entity)).getSingularAttributes()) {
            if (AUDIT.contains(attribute.getName())) {
                continue;
            }
            Object value = read(attribute.getJavaMember(), entity);
            if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED) {
                // One entry per field of the embedded value (printedAr, printedArSource, …); null when all are.
                for (Field field : attribute.getJavaType().getDeclaredFields()) {
                    if (java.lang.reflect.Modifier.isStatic(field.getModifiers())
                            || field.isSynthetic()
                            || field.getName().startsWith("$$")) {
                        continue; // bytecode enhancement's own fields
                    }
                    String name = attribute.getName()
                            + Character.toUpperCase(field.getName().charAt(0))
                            + field.getName().substring(1);
                    values.put(name, text(value == null ? null : read(field, value)));
                }
                continue;
            }
            values.put(attribute.getName(), text(value));
        }
        // Collections of plain values (a data centre's capabilities) are part of the record itself.
        for (Attribute<?, ?> attribute :
                em.getMetamodel().entity(Hibernate.getClass(entity)).getPluralAttributes()) {
            if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.ELEMENT_COLLECTION) {
                Object value = read(attribute.getJavaMember(), entity);
                values.put(attribute.getName(), value == null ? null : new TreeSet<>((Collection<?>) value).toString());
            }
        }
        return values;
    }

    private static String text(Object value) {
        return value instanceof CatalogueEntity ref ? ref.getId() : value == null ? null : value.toString();
    }

    private static Object read(Member member, Object entity) {
        try {
            Field field = (Field) member;
            field.setAccessible(true);
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        TreeMap<String, String> keys = new TreeMap<>(before);
        keys.putAll(after);
        for (String field : keys.keySet()) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return changes;
    }
}
