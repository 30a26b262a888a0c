package io.jisr;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * After every {@code @QuarkusTest} method, removes the records tests create ({@link TestRecords}), so each test
 * starts from the catalogue as seeded, whatever ran before it. Registered in
 * {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback}.
 */
public class RemoveTestRecords implements QuarkusTestAfterEachCallback {

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        Arc.container().instance(TestRecords.class).get().removeAll();
    }
}
