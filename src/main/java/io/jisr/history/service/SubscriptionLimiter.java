package io.jisr.history.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.jisr.common.error.ApiException;
import io.jisr.common.error.ErrorCodes;
import io.jisr.common.web.ClientCounter;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.mutiny.Multi;

/** Bounds the live subscriptions one client (address) holds open, across all its connections. */
@ApplicationScoped
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

    @ConfigProperty(name = "jisr.subscriptions.max-per-client", defaultValue = "20")
    int maxPerClient;

    private final ClientCounter active = new ClientCounter();

    /** Live subscriptions {@code client} holds now. */
    public int held(String client) {
        return active.held(client);
    }

    public <T> Multi<T> admit(String client, Multi<T> stream) {
        if (!active.tryAcquire(client, maxPerClient)) {
            return Multi.createFrom().failure(new TooManySubscriptions(maxPerClient));
        }
        return stream.onTermination().invoke(() -> active.release(client));
    }
}
