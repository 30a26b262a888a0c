package io.jisr.common.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;

import graphql.ExecutionResult;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers repeated anonymous queries from memory ({@link ResponseCache}), on the event loop, without running them;
 * a request's answer is kept the second time it is asked for, and served from the third.
 * The key is everything in the request that can change the answer: method, media types, {@code Accept-Language} and
 * the exact body or query string (document, operation name, variables and a {@code lang} inside them). Requests with
 * credentials are never cached, nor answers with errors or from mutations. Every committed change empties the cache
 * before the mutation that made it answers ({@link #invalidate}, called from the one place changes fan out).
 * Hit and miss counts are in the liveness health data ({@code /q/health/live}, {@link ReadCacheHealth}).
 */
@ApplicationScoped
public class ReadCache {

    private static final String KEY = "jisr.cache.key";
    private static final String GENERATION = "jisr.cache.generation";
    private static final String TYPE = "jisr.cache.type";

    private final ResponseCache cache;
    private final boolean enabled;

    @Inject
    public ReadCache(ReadCacheConfig config) {
        this.enabled = config.enabled();
        this.cache = new ResponseCache(config.maxSize().asLongValue());
    }

    /**
     * Answers the request from the cache and returns true, or marks it so that its answer is kept once it has run.
     * Call it after the checks that do not depend on the request's content (rate limit) and before the others, which
     * a cached answer has passed already.
     */
    public boolean answer(RoutingContext ctx, boolean graphqlResponse) {
        HttpMethod method = ctx.request().method();
        if (!enabled || ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null
                || !(HttpMethod.GET.equals(method) || HttpMethod.POST.equals(method))) {
            return false;
        }
        String key = method.name() + '\n' + graphqlResponse + '\n' + ctx.request().getHeader(HttpHeaders.CONTENT_TYPE)
                + '\n' + ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE) + '\n'
                + (HttpMethod.GET.equals(method) ? ctx.request().query() : ctx.body().asString());
        long generation = cache.generation();
        ResponseCache.Answer answer = cache.lookup(key);
        if (answer != null) {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, answer.contentType())
                    .end(io.vertx.core.buffer.Buffer.buffer(answer.body()));
            return true;
        }
        if (!cache.askedBefore(key)) {
            return false;
        }
        ctx.put(KEY, key);
        ctx.put(GENERATION, generation);
        ctx.put(TYPE, graphqlResponse ? "application/graphql-response+json" : "application/json");
        return false;
    }

    /** Leaves a request's answer out of the cache: the operation it runs is not a query. */
    public void skip(RoutingContext ctx) {
        ctx.remove(KEY);
    }

    /**
     * Keeps the answer of a marked request (a query, see {@link #skip}) if it ran without errors; {@code ctx} is the
     * HTTP request the operation ran in, null for none (a subscription, or a request already gone).
     */
    public void remember(ExecutionResult result, RoutingContext ctx) {
        if (!enabled || ctx == null || !result.getErrors().isEmpty()) {
            return;
        }
        String key = ctx.get(KEY);
        if (key != null) {
            cache.store(key, ctx.<Long>get(GENERATION), new ResponseCache.Answer(ctx.get(TYPE),
                    Json.encodeToBuffer(result.toSpecification()).getBytes()));
        }
    }

    /** Called after every committed change, before the change's own answer is sent. */
    public void invalidate() {
        cache.invalidate();
    }

    /** Hit, miss and size figures, for {@link ReadCacheHealth}. */
    HealthCheckResponse figures() {
        return HealthCheckResponse.named("responseCache").up().withData("enabled", enabled)
                .withData("hits", cache.hits()).withData("misses", cache.misses())
                .withData("entries", cache.entries()).withData("bytes", cache.bytes()).build();
    }
}
