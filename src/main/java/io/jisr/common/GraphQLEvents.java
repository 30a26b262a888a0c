package io.jisr.common;

import jakarta.enterprise.inject.spi.CDI;

import graphql.schema.GraphQLSchema;
import io.jisr.common.cache.ReadCache;
import io.jisr.common.error.ErrorShaper;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hooks the schema rewrite ({@link SchemaTypes}, {@link DirectFields}), error shaping ({@link ErrorShaper}) and the read cache
 * ({@link ReadCache}) into SmallRye GraphQL through
 * its public {@link EventingService} SPI. SmallRye's CDI events would do the same, but with them switched on
 * ({@code quarkus.smallrye-graphql.events.enabled}) every field fetch fires CDI events and resolves their observers:
 * a fifth of the sampled CPU time of a read in a JFR profile. Listed in {@code META-INF/services}; always on (no config key).
 */
public class GraphQLEvents implements EventingService {

    private volatile ErrorShaper errors;
    private volatile ReadCache reads;

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        SchemaTypes.describe(builder, DirectFields::install);
        return builder;
    }

    @Override
    public void afterExecute(Context context) {
        ErrorShaper shaper = errors;
        if (shaper == null) {
            shaper = errors = CDI.current().select(ErrorShaper.class).get();
        }
        shaper.afterExecute(context);
        ReadCache cache = reads;
        if (cache == null) {
            cache = reads = CDI.current().select(ReadCache.class).get();
        }
        cache.remember(context.unwrap(graphql.ExecutionResult.class));
    }
}
