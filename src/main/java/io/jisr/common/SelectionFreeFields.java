package io.jisr.common;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.SelectedField;

/**
 * Hands SmallRye's own data fetchers (root fields and whatever {@link PropertyFields} and {@link DirectFields} left to
 * it) an environment without a selection set. Before every such fetch SmallRye lists the selected fields twice into
 * JSON arrays for its {@code Context.getSelectedFields()}, walking graphql-java's normalised operation: for a list
 * query's root field that is the whole query, 5 % of a distinct read's CPU in a JFR profile. Nothing here reads those
 * lists ({@code ArchitectureTest} keeps it so); a field that needs its selection is written as a plain graphql-java
 * fetcher, like {@link DirectFields}.
 */
final class SelectionFreeFields {

    private SelectionFreeFields() {
    }

    static void install(GraphQLSchema schema, GraphQLCodeRegistry.Builder registry) {
        SchemaTypes.replaceFetchers(schema, registry, (field, fetcher) ->
                fetcher.getClass().getName().startsWith("io.smallrye.graphql.")
                        || fetcher.getClass().getName().startsWith("io.quarkus.smallrye.graphql.")
                        ? (DataFetcher<?>) env -> fetcher.get(new WithoutSelection(env)) : null);
    }

    private static final class WithoutSelection extends DelegatingDataFetchingEnvironment {

        WithoutSelection(DataFetchingEnvironment env) {
            super(env);
        }

        @Override
        public DataFetchingFieldSelectionSet getSelectionSet() {
            return NONE;
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
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(String fieldGlobPattern,
                String... fieldGlobPatterns) {
            return Map.of();
        }
    };
}
