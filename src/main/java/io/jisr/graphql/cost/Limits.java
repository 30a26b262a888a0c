package io.jisr.graphql.cost;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Cost controls for the public endpoint; each one is listed with its default in the README. */
@ConfigMapping(prefix = "jisr.graphql")
public interface Limits {

    /**
     * Highest estimated cost an operation may have (see QueryCost). Lists are priced by the sizes the data gives them,
     * so this is close to the number of values an answer can hold.
     */
    @WithDefault("10000")
    long maxComplexity();

    /** Items assumed for a list field that has no first/last argument. */
    @WithDefault("10")
    int listSizeEstimate();

    /** How often the list sizes the cost estimate uses are measured again (see ListSizes). */
    @WithDefault("10s")
    Duration listSizeRefresh();

    /** Aliased fields per document. */
    @WithDefault("30")
    int maxAliases();

    /** Times one field may be selected in one selection set. */
    @WithDefault("10")
    int maxFieldRepeats();

    /**
     * Longest request URI (path and query string, as sent) the endpoint reads; longer GETs get a coded 414. Keep it
     * below {@code quarkus.http.limits.max-initial-line-length}, beyond which the HTTP layer refuses with no body.
     */
    @WithDefault("32768")
    int maxUriLength();

    /** Time a request may take before it is answered with 503. */
    @WithDefault("10s")
    Duration timeout();
}
