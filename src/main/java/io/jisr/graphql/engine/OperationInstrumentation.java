package io.jisr.graphql.engine;

import graphql.ExecutionInput;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * The one graphql-java instrumentation of every operation: the depth limit, an operation's data loaders (dispatched by
 * the operation itself over HTTP, {@link LoaderDispatch}; elsewhere limited to those it uses, {@link UsedDataLoaders}),
 * and its query in place of the stand-in SmallRye was handed (kept in its {@link Exchange}).
 */
final class OperationInstrumentation extends MaxQueryDepthInstrumentation {

    OperationInstrumentation(int maxDepth) {
        super(maxDepth);
    }

    @Override
    public ExecutionInput instrumentExecutionInput(
            ExecutionInput input, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        DataLoaderRegistry all = input.getDataLoaderRegistry();
        Exchange exchange = Exchange.of(input.getGraphQLContext());
        String query = exchange == null ? null : exchange.query();
        boolean loaders = all != EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY;
        Context eventLoop = Vertx.currentContext();
        boolean selfDispatched = loaders
                && exchange != null
                && exchange.document() != null
                && eventLoop != null
                && Context.isOnEventLoopThread();
        if (selfDispatched) {
            exchange.loaderDispatch(new LoaderDispatch(all, eventLoop));
        }
        if (!loaders && query == null) {
            return input;
        }
        return input.transform(builder -> {
            if (selfDispatched) {
                // Without loaders graphql-java does not track levels; the operation dispatches its own.
                builder.dataLoaderRegistry(EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY);
            } else if (loaders) {
                builder.dataLoaderRegistry(new UsedDataLoaders(all));
            }
            if (query != null) {
                builder.query(query);
            }
        });
    }

    /**
     * The data loaders of one operation, taken from SmallRye's set as the operation asks for them. SmallRye gives
     * every operation a loader for each batch field of the whole schema (25 here, most of them never used: the
     * {@link DirectField} batches bring their own), and graphql-java dispatches every loader of the registry at every
     * level of every operation: a page of initiatives made about 150 empty dispatches, each reading the clock and
     * allocating. Here graphql-java sees only the loaders the operation has used.
     */
    static class UsedDataLoaders extends DataLoaderRegistry {

        private final DataLoaderRegistry available;

        UsedDataLoaders(DataLoaderRegistry available) {
            this.available = available;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <K, V> DataLoader<K, V> getDataLoader(String key) {
            // A name SmallRye has no loader for stays unknown (null), as in its own registry.
            return (DataLoader<K, V>) dataLoaders.computeIfAbsent(key, available::getDataLoader);
        }
    }
}
