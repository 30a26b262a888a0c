package io.jisr.history.service;

import io.jisr.common.error.ApiException;
import io.jisr.common.error.ErrorCodes;
import io.jisr.graphql.edge.ClientCounter;
import io.jisr.graphql.edge.SubscriptionLimits;
import io.quarkus.runtime.Startup;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Bounds the live subscriptions one client (address) holds open, across all its connections. */
@ApplicationScoped
@Startup // registers its gauge before the first connection
public class SubscriptionLimiter {

    @ErrorCode(ErrorCodes.RATE_LIMITED)
    public static class TooManySubscriptions extends ApiException {
        TooManySubscriptions(int max) {
            super("Too many live subscriptions from this client; at most " + max + ". Complete one first.");
        }

        @Override
        public String code() {
            return ErrorCodes.RATE_LIMITED;
        }
    }

    @Inject
    SubscriptionLimits limits;

    private final ClientCounter active = new ClientCounter();

    @jakarta.inject.Inject
    void registerGauge(io.micrometer.core.instrument.MeterRegistry registry) {
        io.micrometer.core.instrument.Gauge.builder("jisr.subscriptions.live", active, ClientCounter::total)
                .description("Live GraphQL subscriptions")
                .register(registry);
    }

    /** Live subscriptions {@code client} holds now. */
    public int held(String client) {
        return active.held(client);
    }

    public <T> Multi<T> admit(String client, Multi<T> stream) {
        int max = limits.maxPerClient();
        if (!active.tryAcquire(client, max)) {
            return Multi.createFrom().failure(new TooManySubscriptions(max));
        }
        return stream.onTermination().invoke(() -> active.release(client));
    }
}
