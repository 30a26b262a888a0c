package io.jisr.graphql.engine;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * SmallRye GraphQL settings that the engine's replacements would silently defeat, refused at start instead: its
 * instrumentation chain is replaced (so a complexity limit set there would never apply: the cost limit is
 * {@code jisr.graphql.max-complexity}).
 */
final class EngineSettings {

    static final String COMPLEXITY = "quarkus.smallrye-graphql.instrumentation-query-complexity";

    private EngineSettings() {}

    /** Each setting of {@code config} that would do nothing or mislead, with what to use instead. */
    static List<String> unsupported(Config config) {
        List<String> problems = new ArrayList<>();
        if (config.getOptionalValue(COMPLEXITY, String.class).isPresent()) {
            problems.add(COMPLEXITY + " is not applied (SmallRye's instrumentation is replaced): set "
                    + "jisr.graphql.max-complexity instead");
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
