package io.jisr.graphql.engine;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.DataLoaderDispatchStrategy;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

/**
 * The library behaviour the engine relies on, one test per assumption, each failing with a message that names it.
 * When one fails after an upgrade, the engine's bypass of that behaviour must be reviewed (see the bypass table in
 * {@code io.jisr.graphql.engine}'s package documentation) before the test is changed.
 */
class LibraryAssumptionsTest {

    /** The versions the bypass table was measured and reviewed with. */
    static final String GRAPHQL_JAVA = "24.3.0";

    static final String SMALLRYE_GRAPHQL = "2.17.0";

    @Test
    void shouldRunOnTheLibraryVersionsTheBypassTableAssumes() throws IOException {
        assertThat(
                "graphql-java changed: review every row of the bypass table, then this version",
                version(GraphQL.class),
                equalTo(GRAPHQL_JAVA));
        assertThat(
                "SmallRye GraphQL changed: review every row of the bypass table, then this version",
                version(io.smallrye.graphql.execution.ExecutionService.class),
                equalTo(SMALLRYE_GRAPHQL));
    }

    @Test
    void shouldStillLackGraphqlJavasDocumentedExhaustedDispatching() {
        // graphql-java 25 adds a documented switch (ENABLE_DATA_LOADER_EXHAUSTED_DISPATCHING) that does what
        // LoaderDispatch does; once it exists, LoaderDispatch must give way to it.
        assertThat(
                "graphql-java now has DataLoaderDispatchingContextKeys: replace LoaderDispatch by its switch",
                classExists("graphql.execution.instrumentation.dataloader.DataLoaderDispatchingContextKeys"),
                equalTo(false));
    }

    @Test
    void shouldSkipGraphqlJavasOwnDispatchWhenHandedItsEmptyRegistry() {
        // OperationInstrumentation hands graphql-java its built-in empty registry so that it picks its no-op
        // dispatch strategy (no per-level bookkeeping) while LoaderDispatch dispatches the operation's loaders.
        assertThat(
                "graphql-java no longer picks its no-op dispatch for the empty registry: LoaderDispatch would "
                        + "run beside graphql-java's own dispatch",
                strategyFor(EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY),
                sameInstance(DataLoaderDispatchStrategy.NO_OP));
        assertThat(
                "with loaders, graphql-java dispatches them itself (WebSocket operations rely on it)",
                strategyFor(new DataLoaderRegistry()),
                not(sameInstance(DataLoaderDispatchStrategy.NO_OP)));
    }

    @Test
    void shouldKeepTheRegistrysProtectedMapThatUsedDataLoadersFills() throws NoSuchFieldException {
        Field map = DataLoaderRegistry.class.getDeclaredField("dataLoaders");
        assertThat(
                "org.dataloader.DataLoaderRegistry.dataLoaders is no longer a protected Map: "
                        + "OperationInstrumentation.UsedDataLoaders fills it",
                Modifier.isProtected(map.getModifiers()) && Map.class.isAssignableFrom(map.getType()),
                equalTo(true));
    }

    @Test
    void shouldRecogniseSmallRyesFetchersByTheirPackage() {
        // The real fetchers are checked on the built schema (SchemaTest); here the rule itself.
        assertThat(SelectionFreeFields.isSmallRyes(env -> null), equalTo(false));
    }

    @Test
    void shouldRefuseSmallRyeSettingsTheEngineWouldSilentlyDefeat() {
        assertThat(
                EngineSettings.unsupported(new SmallRyeConfigBuilder()
                        .withDefaultValue(EngineSettings.LOG_PAYLOAD, "off")
                        .build()),
                empty());
        var problems = EngineSettings.unsupported(new SmallRyeConfigBuilder()
                .withDefaultValue(EngineSettings.COMPLEXITY, "200")
                .withDefaultValue(EngineSettings.LOG_PAYLOAD, "query-only")
                .build());
        assertThat(problems, hasSize(2));
        assertThat(problems.get(0), containsString("jisr.graphql.max-complexity"));
        assertThat(problems.get(1), containsString("stand-in query"));
    }

    private static DataLoaderDispatchStrategy strategyFor(DataLoaderRegistry registry) {
        AtomicReference<DataLoaderDispatchStrategy> chosen = new AtomicReference<>();
        GraphQL graphQL = GraphQL.newGraphQL(new SchemaGenerator()
                        .makeExecutableSchema(
                                new SchemaParser().parse("type Query { a: String }"),
                                RuntimeWiring.newRuntimeWiring().build()))
                .instrumentation(new SimplePerformantInstrumentation() {
                    @Override
                    public graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext
                            beginExecutionStrategy(
                                    InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
                        chosen.set(parameters.getExecutionContext().getDataLoaderDispatcherStrategy());
                        return super.beginExecutionStrategy(parameters, state);
                    }
                })
                .build();
        graphQL.execute(ExecutionInput.newExecutionInput("{ a }")
                .dataLoaderRegistry(registry)
                .build());
        return chosen.get();
    }

    /** The Bundle-Version (OSGi) or Implementation-Version of the jar that holds {@code type}. */
    private static String version(Class<?> type) throws IOException {
        java.net.URL location = type.getProtectionDomain().getCodeSource().getLocation();
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(new java.io.File(location.getPath()))) {
            java.util.jar.Attributes attributes = jar.getManifest().getMainAttributes();
            String bundle = attributes.getValue("Bundle-Version");
            return bundle != null ? bundle : attributes.getValue("Implementation-Version");
        }
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
