package io.jisr.graphql.cache;

import graphql.ExecutionResult;
import io.jisr.common.Digests;
import io.jisr.graphql.engine.Exchange;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Answers repeated anonymous queries from memory ({@link ResponseCache}), on the event loop, without running them;
 * a request's answer is kept the second time it is asked for, and served from the third.
 * The key is everything in the request that can change the answer: method, media types, {@code Accept-Language} and
 * the exact body or query string (document, operation name, variables and a {@code lang} inside them). Requests with
 * credentials are never cached, nor answers with errors or from mutations. Every committed change empties the cache
 * before the mutation that made it answers ({@link #invalidate}, called from the one place changes fan out).
 * Hit and miss counts are in the liveness health data ({@code /q/health/live}, {@link ReadCacheHealth}).
 * <p>
 * It also makes anonymous GET queries cacheable over HTTP: their answers carry a strong {@code ETag} (a hash of the
 * result), {@code Cache-Control: public} and {@code Vary}, and a request whose {@code If-None-Match} names the
 * current tag gets 304 without a body. Answers with errors or to requests with credentials are marked
 * {@code no-store}; POSTs are never cacheable.
 */
@ApplicationScoped
public class ReadCache {

    private static final String VARY = "Accept, Accept-Language, Authorization";

    private final ResponseCache cache;
    private final boolean enabled;
    private final String cacheControl;

    @Inject
    public ReadCache(ReadCacheConfig config, HttpCacheConfig http, MeterRegistry registry) {
        this.enabled = config.enabled();
        this.cache = new ResponseCache(config.maxSize().asLongValue());
        FunctionCounter.builder("jisr.read.cache.requests", cache, ResponseCache::hits)
                .tag("result", "hit")
                .description("Reads answered from the read cache, or not")
                .register(registry);
        FunctionCounter.builder("jisr.read.cache.requests", cache, ResponseCache::misses)
                .tag("result", "miss")
                .description("Reads answered from the read cache, or not")
                .register(registry);
        this.cacheControl = "public, max-age=" + http.maxAge().toSeconds() + ", stale-while-revalidate="
                + http.staleWhileRevalidate().toSeconds();
    }

    /**
     * Answers the request from the cache and returns true, or marks it so that its answer is kept once it has run.
     * Call it after the checks that do not depend on the request's content (rate limit) and before the others, which
     * a cached answer has passed already. {@code responseType} is the media type the answer is written in.
     */
    public boolean answer(RoutingContext ctx, String responseType) {
        HttpMethod method = ctx.request().method();
        boolean anonymous = ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
        if (HttpMethod.GET.equals(method)) {
            ctx.response().putHeader(HttpHeaders.VARY, VARY);
            if (anonymous) {
                // Cacheable over HTTP once it turns out to be a query.
                Exchange.of(ctx).publicRead(true);
            } else {
                ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            }
        }
        if (!enabled || !anonymous || !(HttpMethod.GET.equals(method) || HttpMethod.POST.equals(method))) {
            return false;
        }
        String key = method.name()
                + '\n'
                + responseType
                + '\n'
                + ctx.request().getHeader(HttpHeaders.CONTENT_TYPE)
                + '\n'
                + ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)
                + '\n'
                + (HttpMethod.GET.equals(method)
                        ? ctx.request().query()
                        : ctx.body().asString());
        long generation = cache.generation();
        ResponseCache.Answer answer = cache.lookup(key);
        if (answer != null) {
            if (HttpMethod.GET.equals(method) && tagAndCheck(ctx, answer.etag())) {
                ctx.response().setStatusCode(304).end();
                return true;
            }
            ctx.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, answer.contentType())
                    .end(Buffer.buffer(answer.body()));
            return true;
        }
        if (!cache.askedBefore(key)) {
            return false;
        }
        Exchange.of(ctx).keepAs(key, generation, responseType);
        return false;
    }

    /**
     * Keeps the answer of a marked request (a query, see {@link Exchange#keepNowhere}) if it ran without errors; {@code ctx} is the
     * HTTP request the operation ran in and {@code body} the JSON of {@code result} about to be sent.
     */
    public void remember(ExecutionResult result, RoutingContext ctx, Buffer body) {
        boolean clean = result.getErrors().isEmpty();
        Exchange exchange = Exchange.of(ctx);
        boolean cacheable = clean && exchange.publicRead();
        if (exchange.publicRead() && !clean) {
            ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        String key = exchange.cacheKey();
        if (!cacheable && (!enabled || key == null || !clean)) {
            return;
        }
        byte[] bytes = body.getBytes();
        String etag = etag(bytes);
        if (cacheable && tagAndCheck(ctx, etag)) {
            // Netty writes no body with a 304, whatever it is handed.
            ctx.addHeadersEndHandler(v -> ctx.response().setStatusCode(304));
        }
        if (enabled && key != null && clean) {
            cache.store(key, exchange.cacheGeneration(), new ResponseCache.Answer(exchange.cacheType(), bytes, etag));
        }
    }

    /** Marks a public GET answer with its tag; true when the client holds that tag already (answer 304). */
    private boolean tagAndCheck(RoutingContext ctx, String etag) {
        ctx.response().putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        return etag.equals(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH));
    }

    /** A strong validator: the same result gives the same bytes, and the bytes the same tag (128 bits of SHA-256). */
    private static String etag(byte[] body) {
        return '"' + Digests.sha256Hex(body).substring(0, 32) + '"';
    }

    /**
     * Empties the cache at every midnight (UTC) too: some answers depend on the date as well as on the data (a date
     * that has passed), and a catalogue can go days without a change.
     */
    void emptyAtMidnight(@Observes StartupEvent start, Vertx vertx) {
        long untilMidnight = Duration.between(
                        Instant.now(),
                        LocalDate.now(ZoneOffset.UTC)
                                .plusDays(1)
                                .atStartOfDay(ZoneOffset.UTC)
                                .toInstant())
                .toMillis();
        vertx.setTimer(Math.max(1, untilMidnight), id -> {
            invalidate();
            emptyAtMidnight(start, vertx);
        });
    }

    /** Called after every committed change, before the change's own answer is sent. */
    public void invalidate() {
        cache.invalidate();
    }

    /** Stops answering from memory while changes committed elsewhere may go unheard; see {@link ResponseCache#suspend}. */
    public void suspend() {
        cache.suspend();
    }

    public void resume() {
        cache.resume();
    }

    /** Hit, miss and size figures, for {@link ReadCacheHealth}. */
    HealthCheckResponse figures() {
        return HealthCheckResponse.named("responseCache")
                .up()
                .withData("enabled", enabled)
                .withData("hits", cache.hits())
                .withData("misses", cache.misses())
                .withData("entries", cache.entries())
                .withData("bytes", cache.bytes())
                .build();
    }
}
