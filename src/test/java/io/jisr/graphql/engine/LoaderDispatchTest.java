package io.jisr.graphql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plain JUnit on a Vert.x event loop: when an operation's own loaders dispatch, and what they batch together. */
class LoaderDispatchTest {

    private static Vertx vertx;

    private final List<List<Object>> batches = new CopyOnWriteArrayList<>();
    private final BatchLoader<Object, Object> recording = keys -> {
        batches.add(List.copyOf(keys));
        return CompletableFuture.completedFuture(List.copyOf(keys));
    };

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.close();
    }

    @Test
    void shouldBatchTheKeysOfOneTaskOnceTheTaskIsDone() throws Exception {
        CompletableFuture<List<Object>> values = start(vertx.getOrCreateContext(), dispatch -> {
            CompletableFuture<Object> a = load(dispatch, "sectors", "a");
            CompletableFuture<Object> b = load(dispatch, "sectors", "b");
            assertEquals(List.of(), batches, "nothing is dispatched while the task still runs");
            return a.thenCombine(b, List::<Object>of);
        });

        assertEquals(List.of("a", "b"), values.get(5, TimeUnit.SECONDS));
        assertEquals(List.of(List.of("a", "b")), batches);
    }

    @Test
    void shouldWaitForEveryRunningFetchBeforeDispatching() throws Exception {
        Context eventLoop = vertx.getOrCreateContext();
        CompletableFuture<Object> first = new CompletableFuture<>();
        CompletableFuture<Object> second = new CompletableFuture<>();
        CompletableFuture<List<Object>> values = start(eventLoop, dispatch -> {
            DataFetchingEnvironment env = environment(dispatch);
            // Two root fields whose rows arrive in separate tasks, as from two worker calls.
            CompletableFuture<?> a = ((CompletableFuture<?>) LoaderDispatch.tracked(env, first))
                    .thenCompose(page -> load(dispatch, "sectors", page));
            CompletableFuture<?> b = ((CompletableFuture<?>) LoaderDispatch.tracked(env, second))
                    .thenCompose(page -> load(dispatch, "sectors", page));
            return a.thenCombine(b, List::<Object>of);
        });
        eventLoop.runOnContext(v -> first.complete("a"));
        eventLoop.runOnContext(v -> eventLoop.runOnContext(w -> {
            assertEquals(List.of(), batches, "the first page's keys wait for the second page");
            second.complete("b");
        }));

        assertEquals(List.of("a", "b"), values.get(5, TimeUnit.SECONDS));
        assertEquals(List.of(List.of("a", "b")), batches);
    }

    @Test
    void shouldDispatchAgainForKeysAskedForByABatchsValues() throws Exception {
        CompletableFuture<Object> nested = start(
                vertx.getOrCreateContext(),
                dispatch -> load(dispatch, "partners", "p")
                        .thenCompose(partner -> load(dispatch, "organisations", partner + "/o")));

        assertEquals("p/o", nested.get(5, TimeUnit.SECONDS));
        assertEquals(List.of(List.of("p"), List.of("p/o")), batches);
    }

    @Test
    void shouldLeaveAValueThatIsAlreadyThereAsItIs() {
        LoaderDispatch dispatch = new LoaderDispatch(new DataLoaderRegistry(), vertx.getOrCreateContext());
        Object value = "row";

        assertEquals(value, LoaderDispatch.tracked(environment(dispatch), value));
        assertEquals(value, LoaderDispatch.tracked(environment(null), value));
    }

    @Test
    void shouldDispatchALoaderTakenFromSmallRyesSet() throws Exception {
        Context eventLoop = vertx.getOrCreateContext();
        DataLoaderRegistry smallRye =
                new DataLoaderRegistry().register("history", DataLoaderFactory.newDataLoader(recording));
        CompletableFuture<Object> value = new CompletableFuture<>();
        eventLoop.runOnContext(v -> new LoaderDispatch(smallRye, eventLoop)
                .getDataLoader("history")
                .load("h")
                .thenAccept(value::complete));

        assertEquals("h", value.get(5, TimeUnit.SECONDS));
        assertEquals(List.of(List.of("h")), batches);
    }

    /** Runs {@code operation} with a new dispatch in a task of {@code eventLoop}; what it returns, once complete. */
    private static <T> CompletableFuture<T> start(
            Context eventLoop, Function<LoaderDispatch, CompletableFuture<T>> operation) {
        CompletableFuture<T> result = new CompletableFuture<>();
        eventLoop.runOnContext(v -> operation
                .apply(new LoaderDispatch(new DataLoaderRegistry(), eventLoop))
                .thenAccept(result::complete));
        return result;
    }

    private CompletableFuture<Object> load(LoaderDispatch dispatch, String name, Object key) {
        return dispatch.computeIfAbsent(name, n -> DataLoaderFactory.newDataLoader(recording))
                .load(key);
    }

    private static DataFetchingEnvironment environment(LoaderDispatch dispatch) {
        GraphQLContext context = GraphQLContext.newContext()
                .of(Exchanges.with(exchange -> exchange.loaderDispatch(dispatch)))
                .build();
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .graphQLContext(context)
                .build();
    }
}
