package io.jisr.graphql.cache;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The response cache for public reads (see ReadCache); each setting is listed in the README. */
@ConfigMapping(prefix = "jisr.response-cache")
public interface ReadCacheConfig {

    /** Whether repeated anonymous queries are answered from memory. */
    @WithDefault("true")
    boolean enabled();

    /** Heap the cached answers may take, keys included; the least recently used go first. */
    @WithDefault("16M")
    MemorySize maxSize();
}
