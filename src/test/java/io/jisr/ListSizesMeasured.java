package io.jisr;

import io.jisr.graphql.cost.ListSizes;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import java.util.concurrent.TimeUnit;

/**
 * Before every {@code @QuarkusTest} method, waits for the list sizes' first measurement, which runs beside the first
 * requests after a start: tests see measured costs, and no test counting statements counts the measurement's.
 * Registered in {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback}.
 */
public class ListSizesMeasured implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        try {
            Arc.container().instance(ListSizes.class).get().firstMeasurement().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The list sizes were not measured within a minute of the start", e);
        }
    }
}
