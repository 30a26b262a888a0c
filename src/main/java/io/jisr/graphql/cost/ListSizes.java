package io.jisr.graphql.cost;

import io.jisr.graphql.ListSizeQueries;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * How many items each list field can return with the data as it is: the largest fan-out of each relation, and the
 * number of rows behind each top-level connection, measured in the database at start and again every
 * {@code jisr.graphql.list-size-refresh}. The cost estimate uses them instead of the page size or a flat guess, so a
 * list page of all 26 data centres with their relations passes while nested lists that multiply still do not. Fields
 * nobody measures keep {@code jisr.graphql.list-size-estimate}.
 */
@ApplicationScoped
public class ListSizes {

    private static final Logger LOG = Logger.getLogger(ListSizes.class);

    @Inject
    Instance<ListSizeQueries> sources;

    @Inject
    EntityManager em;

    @Inject
    Limits limits;

    private volatile Map<String, Long> sizes = Map.of();

    void onStart(@Observes StartupEvent event, Vertx vertx) {
        measure();
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

    /** The measured size of {@code type.field}, or null when nobody measures it. */
    public Long of(String type, String field) {
        return sizes.get(type + "." + field);
    }

    void measure() {
        try {
            Map<String, Long> measured = new HashMap<>();
            QuarkusTransaction.requiringNew()
                    .run(() -> sources.forEach(source -> source.listSizeQueries()
                            .forEach((field, sql) -> measured.put(
                                    field, ((Number) em.createNativeQuery(sql).getSingleResult()).longValue()))));
            sizes = Map.copyOf(measured);
        } catch (RuntimeException e) {
            // The previous sizes stay; a database that is briefly away must not stop the endpoint.
            LOG.warnf("Could not measure list sizes for the cost estimate: %s", e.toString());
        }
    }
}
