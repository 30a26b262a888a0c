package io.jisr;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Quarkus's HTTP layer answers a request whose URI {@code java.net.URI} cannot parse (a
 * malformed {@code %} escape, a raw {@code |}) with an empty 400 before any route runs; with its
 * {@code vertx.disableURIValidation} switch such requests reach the GraphQL endpoint's policy, which refuses them with a
 * coded GraphQL error like any other bad request. It also bounds SmallRye's document cache. Tests set the same system
 * properties in the Surefire configuration.
 */
@QuarkusMain
public final class JisrMain {

    static final String URI_VALIDATION_SWITCH = "vertx.disableURIValidation";

    /**
     * Parsed and validated documents SmallRye keeps (2048 by default), whole syntax trees: a stream of one-off
     * documents only fills the heap with them. Apps send a few dozen distinct documents, and repeated requests are
     * answered by the read cache before any parsing.
     */
    static final String QUERY_CACHE_SIZE = "io.smallrye.graphql.execution.queryCacheMaxSize";

    private JisrMain() {
    }

    public static void main(String... args) {
        setDefault(URI_VALIDATION_SWITCH, "true");
        setDefault(QUERY_CACHE_SIZE, "256");
        Quarkus.run(args);
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
