package io.jisr.graphql.cost;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.jisr.common.paging.MeasuredLists;
import io.jisr.graphql.DirectField;
import io.jisr.graphql.engine.DirectFieldMethods;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * How many items each list field can return with the data as it is: the largest fan-out of each relation, the
 * number of rows behind each top-level connection, and what the features measure themselves ({@link MeasuredLists}:
 * a facet's distinct values), measured in the database every {@code jisr.graphql.list-size-refresh}. The cost
 * estimate uses them instead of the page size or a flat guess, so a list page of all 26 data centres with their
 * relations passes while nested lists that multiply still do not. Fields nobody measures keep
 * {@code jisr.graphql.list-size-estimate}.
 *
 * <p>Each measurement that finds new sizes stores them ({@code list_sizes}), and a start reads them back in one
 * statement instead of measuring: measuring before readiness ran some twenty queries in a JVM that had just started,
 * 0.5 s of an 8.8 s start (medians of 14 alternating starts). A start measures before it is ready only when nothing
 * stored covers the fields this build measures (a new database, or a release with a new list). Stored sizes are at
 * most one refresh older than the data another replica saw, and the first refresh follows the start.
 */
@ApplicationScoped
public class ListSizes {

    private static final Logger LOG = Logger.getLogger(ListSizes.class);

    @Inject
    BeanManager beans;

    @Inject
    Instance<GraphQLSchema> schema;

    @Inject
    EntityManager em;

    @Inject
    Limits limits;

    @Inject
    Instance<MeasuredLists> measuredLists;

    private volatile Map<String, Long> sizes = Map.of();

    /** The sizes as {@code list_sizes} last held them, written or read here; a measurement alike is not written. */
    private volatile String stored = "";

    void onStart(@Observes StartupEvent event, Vertx vertx) {
        if (!load()) {
            measure();
        }
        long every = limits.listSizeRefresh().toMillis();
        vertx.setPeriodic(
                every,
                every,
                id -> vertx.executeBlocking(
                        () -> {
                            measure();
                            return null;
                        },
                        false));
    }

    /**
     * What is measured, "Type.field" to SQL returning one number: each list field's declared fan-out ({@link
     * DirectField#fanOut}), and each top-level connection or list of an entity's items, which cannot be longer than the
     * entity has rows.
     */
    Map<String, Measure> queries() {
        Map<String, Measure> queries = new TreeMap<>();
        DirectFieldMethods.fanOuts(beans).forEach((field, fanOut) -> {
            int dot = fanOut.indexOf('.');
            queries.put(
                    field,
                    new Measure(
                            "select coalesce(max(n), 0) from (select count(*) as n from " + fanOut.substring(0, dot)
                                    + " group by " + fanOut.substring(dot + 1) + ") t",
                            true));
        });
        Set<String> entities = new HashSet<>();
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            entities.add(entity.getName());
        }
        for (GraphQLFieldDefinition root : schema.get().getQueryType().getFieldDefinitions()) {
            String item = itemType(root.getType());
            if (entities.contains(item)) {
                queries.put("Query." + root.getName(), new Measure("select count(e) from " + item + " e", false));
            }
        }
        return queries;
    }

    /** A query returning one number, in SQL or, for an entity's rows, JPQL. */
    record Measure(String query, boolean sql) {}

    /** The name of the items of a list or connection type ({@code edges { node }}), else null. */
    private static String itemType(GraphQLOutputType type) {
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            return GraphQLTypeUtil.unwrapAll(list).getName();
        }
        if (bare instanceof GraphQLObjectType object && object.getFieldDefinition("edges") != null) {
            GraphQLType edge =
                    GraphQLTypeUtil.unwrapAll(object.getFieldDefinition("edges").getType());
            if (edge instanceof GraphQLObjectType edgeType && edgeType.getFieldDefinition("node") != null) {
                return GraphQLTypeUtil.unwrapAll(
                                edgeType.getFieldDefinition("node").getType())
                        .getName();
            }
        }
        return null;
    }

    /** Every measured size, "Type.field" to size, as last measured: a new map after each measurement. */
    public Map<String, Long> snapshot() {
        return sizes;
    }

    /** The measured size of {@code type.field}, or null when nobody measures it. */
    public Long of(String type, String field) {
        return sizes.get(type + "." + field);
    }

    /**
     * Measures every size again; false when the database could not be asked (the previous sizes stay). Runs on the
     * timer's worker thread, with no request context: everything that touches the EntityManager, the metamodel too,
     * runs inside a transaction.
     */
    boolean measure() {
        Map<String, Long> measured = new HashMap<>();
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> queries().forEach((field, measure) -> {
                        Object size = measure.sql()
                                ? em.createNativeQuery(measure.query()).getSingleResult()
                                : em.createQuery(measure.query()).getSingleResult();
                        measured.put(field, ((Number) size).longValue());
                    }));
            // What only a feature can measure (a facet's distinct values): each source in its own transaction.
            for (MeasuredLists source : measuredLists) {
                measured.putAll(QuarkusTransaction.requiringNew().call(source::sizes));
            }
            sizes = Map.copyOf(measured);
        } catch (RuntimeException e) {
            // The previous sizes stay; a database that is briefly away must not stop the endpoint.
            LOG.warnf(e, "Could not measure list sizes for the cost estimate: %s", e.toString());
            return false;
        }
        try {
            store(measured);
        } catch (RuntimeException e) {
            // Measured and in use; a start meanwhile takes the sizes stored before (a refresh stores these later).
            LOG.warnf(e, "Could not store the measured list sizes for the next start: %s", e.toString());
        }
        return true;
    }

    /**
     * Takes the sizes the last measurement stored, if they cover every fan-out and top-level list this build measures;
     * false, and nothing taken, otherwise. No HQL: this runs before the first request.
     */
    boolean load() {
        return QuarkusTransaction.requiringNew().call(() -> {
            String text = (String) em.createNativeQuery("select sizes from list_sizes where id = 1")
                    .getResultStream()
                    .findFirst()
                    .orElse("");
            Map<String, Long> read = decode(text);
            if (read.isEmpty() || !read.keySet().containsAll(queries().keySet())) {
                return false;
            }
            sizes = read;
            stored = text;
            return true;
        });
    }

    private void store(Map<String, Long> measured) {
        String text = encode(measured);
        if (!text.equals(stored)) {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery(
                                    "update list_sizes set sizes = ?1, measured_at = current_timestamp where id = 1")
                            .setParameter(1, text)
                            .executeUpdate());
            stored = text;
        }
    }

    /** One "Type.field=size" per line, sorted, so equal sizes give equal text. */
    static String encode(Map<String, Long> sizes) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(sizes)
                .forEach((field, size) ->
                        text.append(field).append('=').append(size).append('\n'));
        return text.toString();
    }

    /** What {@link #encode} wrote; an unreadable line makes the whole text count as nothing stored. */
    static Map<String, Long> decode(String text) {
        Map<String, Long> sizes = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 1) {
                return Map.of();
            }
            try {
                sizes.put(line.substring(0, equals), Long.parseLong(line.substring(equals + 1)));
            } catch (NumberFormatException e) {
                return Map.of();
            }
        }
        return Map.copyOf(sizes);
    }
}
