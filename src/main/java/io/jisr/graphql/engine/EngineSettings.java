package io.jisr.graphql.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * SmallRye GraphQL settings that the engine's replacements would silently defeat, refused at start instead: its
 * instrumentation chain is replaced (so a complexity limit set there would never apply: the cost limit is
 * {@code jisr.graphql.max-complexity}), and it is handed a stand-in query (so its payload log would show the stand-in,
 * not the query).
 */
final class EngineSettings {

    static final String COMPLEXITY = "quarkus.smallrye-graphql.instrumentation-query-complexity";
    static final String LOG_PAYLOAD = "quarkus.smallrye-graphql.log-payload";

    private EngineSettings() {}

    /** Each setting of {@code config} that would do nothing or mislead, with what to use instead. */
    static List<String> unsupported(Config config) {
        List<String> problems = new ArrayList<>();
        if (config.getOptionalValue(COMPLEXITY, String.class).isPresent()) {
            problems.add(COMPLEXITY + " is not applied (SmallRye's instrumentation is replaced): set "
                    + "jisr.graphql.max-complexity instead");
        }
        String payload = config.getOptionalValue(LOG_PAYLOAD, String.class).orElse("off");
        if (!payload.toLowerCase(Locale.ROOT).replace('_', '-').equals("off")) {
            problems.add(LOG_PAYLOAD + "=" + payload + " would log a stand-in query, not the client's: set "
                    + "jisr.log.requests=INFO for one line per request instead");
        }
        return problems;
    }

    /** Stops the start when {@link #unsupported} finds anything. */
    static void check(Config config) {
        List<String> problems = unsupported(config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Unsupported GraphQL settings: " + String.join("; ", problems));
        }
    }
}
