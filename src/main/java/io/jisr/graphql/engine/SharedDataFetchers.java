package io.jisr.graphql.engine;

import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Quarkus's data fetchers, one per operation of the schema instead of one per request. SmallRye asks this SPI for the
 * fetcher of every batch ({@code @Source List}) operation of the schema each time it builds an operation's data
 * loaders, i.e. on every request (25 fetchers, each building its argument, field and invoker helpers). The fetchers hold no per-request state (the same instances already serve every request
 * as the schema's field fetchers), so each is built once. Ahead of Quarkus's service (priority 1) by its priority;
 * listed in {@code META-INF/services}.
 */
public final class SharedDataFetchers implements DataFetcherService {

    /** By identity: SmallRye's model objects compare by deep content, and each operation and type exists once. */
    private record Key(String kind, Operation operation, Type type) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && kind.equals(key.kind) && operation == key.operation && type == key.type;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * kind.hashCode() + System.identityHashCode(operation)) + System.identityHashCode(type);
        }
    }

    private final QuarkusDataFetcherService quarkus = new QuarkusDataFetcherService();
    private final Map<Key, PlugableBatchableDataFetcher> fetchers = new ConcurrentHashMap<>();

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableBatchableDataFetcher getUniDataFetcher(Operation operation, Type type) {
        return shared("uni", operation, type, quarkus::getUniDataFetcher);
    }

    @Override
    public PlugableBatchableDataFetcher getDefaultDataFetcher(Operation operation, Type type) {
        return shared("default", operation, type, quarkus::getDefaultDataFetcher);
    }

    @Override
    public PlugableBatchableDataFetcher getCompletionStageDataFetcher(Operation operation, Type type) {
        return shared("completion-stage", operation, type, quarkus::getCompletionStageDataFetcher);
    }

    private PlugableBatchableDataFetcher shared(
            String kind,
            Operation operation,
            Type type,
            BiFunction<Operation, Type, PlugableBatchableDataFetcher> create) {
        return fetchers.computeIfAbsent(new Key(kind, operation, type), key -> create.apply(operation, type));
    }
}
