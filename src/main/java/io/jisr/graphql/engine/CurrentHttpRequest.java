package io.jisr.graphql.engine;

import io.jisr.common.RequestHeaders;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

/** The HTTP request the current operation runs in, or null outside one (subscriptions, startup, tests). */
@ApplicationScoped
public class CurrentHttpRequest implements RequestHeaders {

    @Inject
    CurrentVertxRequest request;

    CurrentVertxRequest vertxRequest() {
        return request;
    }

    @Override
    public String get(String name) {
        RoutingContext current = get();
        return current == null ? null : current.request().getHeader(name);
    }

    public RoutingContext get() {
        try {
            return request.getCurrent();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
