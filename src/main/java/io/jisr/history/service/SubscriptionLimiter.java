package io.jisr.history.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jisr.common.error.ApiException;
import io.jisr.common.error.ErrorCodes;
import io.jisr.common.web.ClientCounter;
import io.jisr.common.web.SubscriptionLimits;
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

    @Inject
    SubscriptionLimits limits;

    private final ClientCounter active = new ClientCounter();

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
