package io.jisr.graphql.engine;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import io.jisr.platform.metrics.OperationMetrics;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Hooks the schema rewrite ({@link SchemaTypes}, {@link PropertyFields}, {@link DirectFields},
 * {@link SelectionFreeFields}, {@link FieldVisibility}), the parsed documents ({@link Documents}), error shaping ({@link ErrorShaper}) and operation
 * metrics into SmallRye GraphQL through
 * its public {@link EventingService} SPI. SmallRye's CDI events would do the same, but with them switched on
 * ({@code quarkus.smallrye-graphql.events.enabled}) every field fetch fires CDI events and resolves their observers:
 * a large share of a read's CPU time (see the bypass table in io.jisr.graphql). Listed in {@code META-INF/services}; always on (no config key).
 */
public class GraphQLEvents implements EventingService {

    /** The beans it hands on to, looked up once: SmallRye creates this class outside CDI. */
    private record Beans(ErrorShaper errors, CurrentHttpRequest request, OperationMetrics metrics) {}

    private volatile Beans beans;

    /** When each running operation started, by execution id, for its duration. */
    private final Map<String, Long> started = new ConcurrentHashMap<>();

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        SchemaTypes.describe(builder, (schema, registry) -> {
            PropertyFields.install(schema, registry);
            DirectFields.install(schema, registry);
            SelectionFreeFields.install(schema, registry);
            FieldVisibility.install(registry);
        });
        return builder;
    }

    /**
     * Replaces what SmallRye sets: its document cache, which parsed and validated every new document a second time to
     * store it, by {@link Documents} (the edge's parse, validated once); its chain of instrumentations, whose wrappers
     * cost time on every field, by {@link OperationInstrumentation}: the depth limit (same setting; the edge refuses
     * deeper operations first, over both transports), and only the data loaders an operation uses.
     */
    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        EngineSettings.check(ConfigProvider.getConfig());
        int maxDepth = ConfigProvider.getConfig()
                .getValue("quarkus.smallrye-graphql.instrumentation-query-depth", Integer.class);
        return builder.preparsedDocumentProvider(
                        CDI.current().select(Documents.class).get())
                .instrumentation(new OperationInstrumentation(maxDepth));
    }

    @Override
    public void beforeExecute(Context context) {
        started.put(context.getExecutionId(), System.nanoTime());
    }

    @Override
    public void afterExecute(Context context) {
        Beans b = beans;
        if (b == null) {
            CDI<Object> cdi = CDI.current();
            b = beans = new Beans(
                    cdi.select(ErrorShaper.class).get(),
                    cdi.select(CurrentHttpRequest.class).get(),
                    cdi.select(OperationMetrics.class).get());
        }
        RoutingContext routing = b.request().get();
        b.errors().afterExecute(context, routing);
        ExecutionResult result = ExecutionResults.of(context);
        Long start = started.remove(context.getExecutionId());
        if (start != null) {
            // Over HTTP the edge recorded what it parsed; a subscription has only SmallRye's context.
            Exchange exchange = routing == null ? null : Exchange.of(routing);
            boolean parsed = exchange != null && exchange.operationType() != null;
            String type = parsed ? exchange.operationType() : context.getOperationType();
            String name = parsed
                    ? exchange.operationName()
                    : context.getOperationName().orElse(null);
            b.metrics().operation(type, name, outcome(result), System.nanoTime() - start);
        }
    }

    /** An operation that failed outside graphql-java's error handling gets no afterExecute; forget its start. */
    @Override
    public void errorExecute(Context context, Throwable t) {
        started.remove(context.getExecutionId());
    }

    private static String outcome(ExecutionResult result) {
        if (result == null || result.getErrors().isEmpty()) {
            return "ok";
        }
        Map<String, Object> extensions = result.getErrors().get(0).getExtensions();
        Object code = extensions == null ? null : extensions.get("code");
        return code == null ? "unknown" : code.toString();
    }
}
