package io.jisr;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts the packaged application with JSON logs and the request log switched on. */
public class JsonLogs implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("jisr.log.json", "true", "jisr.log.requests", "INFO");
    }

    @Override
    public void stop() {}
}
