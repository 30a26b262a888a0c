package io.jisr.graphql.engine;

import graphql.ExecutionInput;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * The one graphql-java instrumentation of every operation: the depth limit (also for operations over WebSocket, which
 * the edge does not check), and an operation's data loaders limited to those it uses ({@link UsedDataLoaders}).
 */
final class OperationInstrumentation extends MaxQueryDepthInstrumentation {

    OperationInstrumentation(int maxDepth) {
        super(maxDepth);
    }

    @Override
    public ExecutionInput instrumentExecutionInput(
            ExecutionInput input, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        DataLoaderRegistry all = input.getDataLoaderRegistry();
        if (all == EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY) {
            return input;
        }
        return input.transform(builder -> builder.dataLoaderRegistry(new UsedDataLoaders(all)));
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
