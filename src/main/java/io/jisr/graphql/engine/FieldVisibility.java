package io.jisr.graphql.engine;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import graphql.schema.visibility.GraphqlFieldVisibility;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * SmallRye GraphQL 2.17 reads its default field visibility, {@code default}, as a pattern of blocked fields, so every
 * field look-up of every request builds the field's qualified name and runs a regular expression over it, allocating on every read. With that default, graphql-java's own visibility does the same job for
 * free; any other setting ({@code no-introspection}, real patterns) is left as SmallRye built it.
 */
final class FieldVisibility {

    static final String KEY = "quarkus.smallrye-graphql.field-visibility";

    private FieldVisibility() {}

    /** The visibility to use instead of SmallRye's, or null to keep SmallRye's. */
    static GraphqlFieldVisibility replacement(String configured) {
        return configured == null || configured.isBlank() || configured.trim().equals("default")
                ? DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY
                : null;
    }

    /** Installs the replacement for the configured visibility, if there is one. */
    static void install(GraphQLCodeRegistry.Builder registry) {
        GraphqlFieldVisibility replacement = replacement(
                ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse(null));
        if (replacement != null) {
            registry.fieldVisibility(replacement);
        }
    }
}
