package io.jisr;

import io.jisr.platform.storage.DataTemplate;
import io.jisr.platform.storage.DataTemplatePreparation;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Quarkus's HTTP layer answers a request whose URI {@code java.net.URI} cannot parse (a
 * malformed {@code %} escape, a raw {@code |}) with an empty 400 before any route runs; with its
 * {@code vertx.disableURIValidation} switch such requests reach the GraphQL endpoint's policy, which refuses them with a
 * coded GraphQL error like any other bad request. Tests set the same system property in the Surefire configuration.
 * With the single argument {@value DataTemplate#PREPARE} it writes the data template a new data directory starts from.
 */
@QuarkusMain
public final class JisrMain {

    static final String URI_VALIDATION_SWITCH = "vertx.disableURIValidation";

    private JisrMain() {}

    public static void main(String... args) {
        setDefault(URI_VALIDATION_SWITCH, "true");
        if (args.length == 1 && DataTemplate.PREPARE.equals(args[0])) {
            System.exit(DataTemplatePreparation.prepare());
        }
        Quarkus.run(args);
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
