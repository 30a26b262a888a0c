package io.jisr.graphql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

class OperationInstrumentationTest {

    private static final BatchLoader<Object, Object> ECHO = keys -> CompletableFuture.completedFuture(keys);

    @Test
    void shouldOfferGraphQLJavaOnlyTheLoadersAnOperationUsed() {
        DataLoaderRegistry all = new DataLoaderRegistry()
                .register("used", DataLoaderFactory.newDataLoader(ECHO))
                .register("unused", DataLoaderFactory.newDataLoader(ECHO));
        DataLoader<Object, Object> used = all.getDataLoader("used");
        DataLoaderRegistry operation = new OperationInstrumentation.UsedDataLoaders(all);

        assertTrue(operation.getDataLoaders().isEmpty());
        assertSame(used, operation.getDataLoader("used"));
        assertSame(used, operation.getDataLoader("used"));
        assertNull(operation.getDataLoader("missing"));
        DataLoader<Object, Object> own = operation.computeIfAbsent("own", k -> DataLoaderFactory.newDataLoader(ECHO));
        assertEquals(Set.of(used, own), Set.copyOf(operation.getDataLoaders()));
    }

    @Test
    void shouldStillBatchThroughALoaderTakenFromTheWholeSet() {
        List<List<Object>> batches = new ArrayList<>();
        BatchLoader<Object, Object> recording = keys -> {
            batches.add(keys);
            return CompletableFuture.completedFuture(keys);
        };
        DataLoaderRegistry all = new DataLoaderRegistry().register("echo", DataLoaderFactory.newDataLoader(recording));
        DataLoaderRegistry operation = new OperationInstrumentation.UsedDataLoaders(all);

        CompletableFuture<Object> first = operation.getDataLoader("echo").load("a");
        CompletableFuture<Object> second = operation.getDataLoader("echo").load("b");
        operation.dispatchAll();

        assertEquals("a", first.join());
        assertEquals("b", second.join());
        assertEquals(List.of(List.of("a", "b")), batches);
    }

    @Test
    void shouldHandEachOperationItsOwnRegistryAndLeaveOperationsWithoutLoadersAlone() {
        OperationInstrumentation instrumentation = new OperationInstrumentation(15);
        DataLoaderRegistry all = new DataLoaderRegistry().register("echo", DataLoaderFactory.newDataLoader(ECHO));
        ExecutionInput input = ExecutionInput.newExecutionInput("{ a }")
                .dataLoaderRegistry(all)
                .graphQLContext(Map.of("operation", "kept"))
                .build();

        ExecutionInput instrumented = instrumentation.instrumentExecutionInput(input, null, null);
        assertInstanceOf(OperationInstrumentation.UsedDataLoaders.class, instrumented.getDataLoaderRegistry());
        assertSame(input.getGraphQLContext(), instrumented.getGraphQLContext());
        assertEquals("{ a }", instrumented.getQuery());

        ExecutionInput without = ExecutionInput.newExecutionInput("{ a }").build();
        assertSame(EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY, without.getDataLoaderRegistry());
        assertSame(without, instrumentation.instrumentExecutionInput(without, null, null));
    }

    @Test
    void shouldRunTheQueryInPlaceOfTheStandInSmallRyeWasHanded() {
        OperationInstrumentation instrumentation = new OperationInstrumentation(15);
        ExecutionInput input = ExecutionInput.newExecutionInput("query{a}")
                .graphQLContext(Exchanges.with(exchange -> exchange.query("{ a }")))
                .build();

        ExecutionInput instrumented = instrumentation.instrumentExecutionInput(input, null, null);

        assertEquals("{ a }", instrumented.getQuery());
        assertSame(EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY, instrumented.getDataLoaderRegistry());
    }
}
