package io.jisr.graphql.engine;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.vertx.core.Context;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * The data loaders of one operation over HTTP, dispatched when the operation has nothing else left to wait for: after
 * the event-loop task that asked for their keys, once no fetch of SmallRye's and no batch of the operation is still
 * running. graphql-java's own per-level dispatch counts every field of every object to find when a level is complete
 * ({@code ResultPath.getLevel} walks each field's path; see the bypass table in io.jisr.graphql); it is switched off
 * for these operations ({@link OperationInstrumentation} hands graphql-java no loaders, and the fetchers find these
 * through {@link #registry}). Waiting until nothing runs batches at least as much as waiting for each level: keys asked
 * for by fields of one level always meet in one batch, as before, so the statement counts stay.
 *
 * <p>All of an operation's work runs on its event loop (the blocking work on workers, each result back on the event
 * loop); the state is still guarded, since a completion on another thread would be harmless but for a smaller batch.
 */
final class LoaderDispatch extends OperationInstrumentation.UsedDataLoaders {

    private final Context eventLoop;
    /** Fetches of SmallRye's and dispatched batches not yet complete. */
    private int running;
    /** Keys were asked for since the last dispatch. */
    private boolean asked;
    /** A dispatch is queued on the event loop. */
    private boolean queued;

    LoaderDispatch(DataLoaderRegistry available, Context eventLoop) {
        super(available);
        this.eventLoop = eventLoop;
    }

    /** The data loaders of the operation of {@code env}: its own dispatch's, or graphql-java's. */
    static DataLoaderRegistry registry(DataFetchingEnvironment env) {
        LoaderDispatch dispatch = of(env.getGraphQlContext());
        return dispatch != null ? dispatch : env.getDataLoaderRegistry();
    }

    /** The operation's dispatch, or null when graphql-java dispatches its loaders (WebSocket, no event loop). */
    static LoaderDispatch of(GraphQLContext context) {
        Exchange exchange = Exchange.of(context);
        return exchange == null ? null : exchange.loaderDispatch();
    }

    /** Returns {@code value}; a value still to come holds the dispatch back until it has come. */
    static Object tracked(DataFetchingEnvironment env, Object value) {
        if (value instanceof CompletionStage<?> stage) {
            LoaderDispatch dispatch = of(env.getGraphQlContext());
            if (dispatch != null) {
                dispatch.await(stage);
            }
        }
        return value;
    }

    // A loader is taken to load from it: both ways mean keys to dispatch once the current task is done.

    @Override
    public <K, V> DataLoader<K, V> getDataLoader(String key) {
        DataLoader<K, V> loader = super.getDataLoader(key);
        if (loader != null) {
            asked();
        }
        return loader;
    }

    @Override
    public <K, V> DataLoader<K, V> computeIfAbsent(String key, Function<String, DataLoader<?, ?>> mappingFunction) {
        DataLoader<K, V> loader = super.computeIfAbsent(key, mappingFunction);
        asked();
        return loader;
    }

    private synchronized void asked() {
        asked = true;
        queueIfIdle();
    }

    private void await(CompletionStage<?> stage) {
        synchronized (this) {
            running++;
        }
        stage.whenComplete((value, failure) -> {
            synchronized (this) {
                running--;
                queueIfIdle();
            }
        });
    }

    private void queueIfIdle() {
        if (asked && running == 0 && !queued) {
            queued = true;
            // After the current task: it may still ask for more keys of the same level.
            eventLoop.runOnContext(ignored -> dispatch());
        }
    }

    private void dispatch() {
        synchronized (this) {
            queued = false;
            if (!asked || running > 0) {
                return;
            }
            asked = false;
        }
        for (DataLoader<?, ?> loader : getDataLoaders()) {
            if (loader.dispatchDepth() > 0) {
                await(loader.dispatch());
            }
        }
    }
}
