package io.jisr.graphql.engine;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.SelectedField;
import java.util.List;
import java.util.Map;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * Hands SmallRye's own data fetchers (root fields and whatever {@link PropertyFields} and {@link DirectFields} left to
 * it) an environment without a selection set. Before every such fetch SmallRye lists the selected fields twice into
 * JSON arrays for its {@code Context.getSelectedFields()}, walking graphql-java's normalised operation: for a list
 * query's root field that is the whole query. Nothing here reads those
 * lists ({@code ArchitectureTest} keeps it so); a field that needs its selection is written as a plain graphql-java
 * fetcher, like {@link DirectFields}. These are the fetches that may finish later (on a worker): the operation's
 * data loaders wait for them ({@link LoaderDispatch#tracked}).
 */
final class SelectionFreeFields {

    private SelectionFreeFields() {}

    /** How many of SmallRye's fetchers the last schema built had (recognised by their package). */
    private static volatile int recognised;

    static void install(GraphQLSchema schema, GraphQLCodeRegistry.Builder registry) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        SchemaTypes.replaceFetchers(schema, registry, (field, fetcher) -> {
            if (!isSmallRyes(fetcher)) {
                return null;
            }
            count.incrementAndGet();
            return (DataFetcher<?>) env -> fetch(fetcher, env);
        });
        recognised = count.get();
    }

    /** SmallRye's fetchers, by the package of their class: an assumption the library's tests pin. */
    static boolean isSmallRyes(DataFetcher<?> fetcher) {
        String name = fetcher.getClass().getName();
        return name.startsWith("io.smallrye.graphql.") || name.startsWith("io.quarkus.smallrye.graphql.");
    }

    static int recognised() {
        return recognised;
    }

    private static Object fetch(DataFetcher<?> fetcher, DataFetchingEnvironment env) throws Exception {
        WithoutSelection without = new WithoutSelection(env);
        Object value = fetcher.get(without);
        // A batch field's value comes from a data loader, which is dispatched only once nothing else is awaited.
        return without.loads ? value : LoaderDispatch.tracked(env, value);
    }

    private static final class WithoutSelection extends DelegatingDataFetchingEnvironment {

        /** The fetcher took a data loader: SmallRye's batch fields. */
        boolean loads;

        WithoutSelection(DataFetchingEnvironment env) {
            super(env);
        }

        @Override
        public DataFetchingFieldSelectionSet getSelectionSet() {
            return NONE;
        }

        @Override
        public <K, V> DataLoader<K, V> getDataLoader(String dataLoaderName) {
            loads = true;
            return LoaderDispatch.registry(delegateEnvironment).getDataLoader(dataLoaderName);
        }

        @Override
        public DataLoaderRegistry getDataLoaderRegistry() {
            loads = true;
            return LoaderDispatch.registry(delegateEnvironment);
        }
    }

    private static final DataFetchingFieldSelectionSet NONE = new DataFetchingFieldSelectionSet() {
        @Override
        public boolean contains(String fieldGlobPattern) {
            return false;
        }

        @Override
        public boolean containsAnyOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public boolean containsAllOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public List<SelectedField> getFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getImmediateFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getFields(String fieldGlobPattern, String... fieldGlobPatterns) {
            return List.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey() {
            return Map.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(
                String fieldGlobPattern, String... fieldGlobPatterns) {
            return Map.of();
        }
    };
}
