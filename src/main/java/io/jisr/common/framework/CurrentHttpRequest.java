package io.jisr.common.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** The HTTP request the current operation runs in, or null outside one (subscriptions, startup, tests). */
@ApplicationScoped
public class CurrentHttpRequest {

    @Inject
    CurrentVertxRequest request;

    CurrentVertxRequest vertxRequest() {
        return request;
    }

    public RoutingContext get() {
        try {
            return request.getCurrent();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
