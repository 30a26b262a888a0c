package io.jisr.common;

import jakarta.enterprise.inject.spi.CDI;

import graphql.schema.GraphQLSchema;
import io.jisr.common.cache.ReadCache;
import io.jisr.common.error.ErrorShaper;
import io.jisr.common.framework.CurrentHttpRequest;
import io.jisr.common.framework.ExecutionResults;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.ext.web.RoutingContext;

/**
 * Hooks the schema rewrite ({@link SchemaTypes}, {@link PropertyFields}, {@link DirectFields},
 * {@link FieldVisibility}), error shaping ({@link ErrorShaper}) and the read cache
 * ({@link ReadCache}) into SmallRye GraphQL through
 * its public {@link EventingService} SPI. SmallRye's CDI events would do the same, but with them switched on
 * ({@code quarkus.smallrye-graphql.events.enabled}) every field fetch fires CDI events and resolves their observers:
 * a fifth of the sampled CPU time of a read in a JFR profile. Listed in {@code META-INF/services}; always on (no config key).
 */
public class GraphQLEvents implements EventingService {

    /** The beans it hands on to, looked up once: SmallRye creates this class outside CDI. */
    private record Beans(ErrorShaper errors, ReadCache reads, CurrentHttpRequest request) {
    }

    private volatile Beans beans;

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        SchemaTypes.describe(builder, (schema, registry) -> {
            PropertyFields.install(schema, registry);
            DirectFields.install(registry);
            FieldVisibility.install(registry);
        });
        return builder;
    }

    @Override
    public void afterExecute(Context context) {
        Beans b = beans;
        if (b == null) {
            CDI<Object> cdi = CDI.current();
            b = beans = new Beans(cdi.select(ErrorShaper.class).get(), cdi.select(ReadCache.class).get(),
                    cdi.select(CurrentHttpRequest.class).get());
        }
        RoutingContext routing = b.request().get();
        b.errors().afterExecute(context, routing);
        b.reads().remember(ExecutionResults.of(context), routing);
    }
}
