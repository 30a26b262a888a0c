package io.jisr.platform.telemetry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.jisr.LogCapture;
import io.jisr.sector.service.SectorService;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * Tracing switched on as an operator would (the standard setting), spans caught by an in-memory exporter; and the
 * correlation id that ties a request's response, log lines and spans together.
 */
@QuarkusTest
@TestProfile(TelemetryTest.TracingOn.class)
class TelemetryTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("otel.sdk.disabled", "false");
        }
    }

    private static final AttributeKey<String> CORRELATION = AttributeKey.stringKey(Correlation.SPAN_ATTRIBUTE);

    @Inject
    InMemorySpanExporter spans;

    @InjectMock
    SectorService sectors;

    @Test
    void shouldRecordASpanPerOperationWithItsSqlBeneathIt() {
        String id = "trace-" + UUID.randomUUID();
        send(id, "query CatalogueScreen { initiatives(first: 2) { totalCount edges { node { title { text } } } } }")
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue());

        SpanData operation = awaitSpan(s -> s.getName().equals("query CatalogueScreen"));
        assertThat(operation.getAttributes().get(AttributeKey.stringKey("graphql.operation.type")), equalTo("query"));
        assertThat(
                operation.getAttributes().get(AttributeKey.stringKey("graphql.operation.name")),
                equalTo("CatalogueScreen"));
        assertThat(operation.getAttributes().get(CORRELATION), equalTo(id));
        assertThat(operation.getStatus().getStatusCode(), not(equalTo(StatusCode.ERROR)));

        SpanData server = awaitSpan(s -> s.getSpanId().equals(operation.getParentSpanId()));
        assertThat("the operation's parent is the HTTP request", server.getKind(), equalTo(SpanKind.SERVER));
        assertThat(server.getAttributes().get(CORRELATION), equalTo(id));

        List<SpanData> sql =
                awaitSpans(s -> s.getParentSpanId().equals(operation.getSpanId()) && s.getKind() == SpanKind.CLIENT, 2);
        assertThat("the page and its total are SQL beneath the operation", sql.size() >= 2, equalTo(true));
        assertThat(sql.stream().map(s -> s.getTraceId()).toList(), everyItem(equalTo(operation.getTraceId())));
        // The document and its variables stay out of the spans.
        assertThat(
                operation.getAttributes().asMap().values().stream()
                        .map(String::valueOf)
                        .filter(v -> v.contains("initiatives(first"))
                        .toList(),
                empty());
    }

    @Test
    void shouldPutTheCorrelationIdOfAnInternalErrorOnTheSpanAndEveryLogLine() {
        Mockito.when(sectors.bySlug("broken")).thenThrow(new IllegalStateException("boom in the service"));
        try (LogCapture log = LogCapture.of("")) {
            String body = send(null, "query Broken { sectorBySlug(slug: \"broken\") { slug } }")
                    .statusCode(200)
                    .body("errors[0].extensions.code", equalTo("INTERNAL"))
                    .extract()
                    .asString();
            String correlationId =
                    io.restassured.path.json.JsonPath.from(body).getString("errors[0].extensions.correlationId");
            assertThat(correlationId, notNullValue());

            SpanData operation = awaitSpan(s -> s.getName().equals("query Broken")
                    && correlationId.equals(s.getAttributes().get(CORRELATION)));
            assertThat(operation.getStatus().getStatusCode(), equalTo(StatusCode.ERROR));
            assertThat(operation.getEvents().stream().map(e -> e.getName()).toList(), hasItem("exception"));

            List<LogRecord> lines = awaitLines(log, correlationId, 2);
            List<String> texts = lines.stream().map(LogCapture::formatted).toList();
            assertThat(
                    "the error, logged where the service failed",
                    texts.stream()
                            .anyMatch(t -> t.contains("Internal error") && t.contains("boom in the service")
                                    || t.contains("Internal error")),
                    equalTo(true));
            assertThat(
                    "the request line",
                    texts.stream().anyMatch(t -> t.startsWith("POST /graphql 200") && t.contains("query Broken")),
                    equalTo(true));
        }
    }

    @Test
    void shouldKeepAPlausibleRequestIdFromTheCallerAndReplaceAnyOther() {
        String id = "gateway-" + UUID.randomUUID();
        send(id, "{ __typename }").statusCode(200).header(Correlation.HEADER, equalTo(id));
        send("no spaces or newlines, please", "{ __typename }")
                .statusCode(200)
                .header(Correlation.HEADER, matchesPattern("[0-9a-f-]{36}"));
        send(null, "{ __typename }").statusCode(200).header(Correlation.HEADER, matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void shouldLogNeitherTheDocumentNorItsVariablesAtInfo() {
        String secret = "needle-" + UUID.randomUUID();
        try (LogCapture log = LogCapture.of("")) {
            String id = "quiet-" + UUID.randomUUID();
            given().header(Correlation.HEADER, id)
                    .accept(ContentType.JSON)
                    .queryParam(
                            "query",
                            "query Quiet($q: String) { initiatives(first: 1, filter: {search: $q}) " + "{ totalCount } "
                                    + secret.replace('-', '_') + ": __typename }")
                    .queryParam("variables", "{\"q\": \"" + secret + "\"}")
                    .when()
                    .get("/graphql")
                    .then()
                    .statusCode(200);
            awaitLines(log, id, 1);
            List<String> all = log.records().stream().map(LogCapture::formatted).toList();
            assertThat(
                    all.stream()
                            .filter(t -> t.contains(secret) || t.contains(secret.replace('-', '_')))
                            .toList(),
                    empty());
        }
    }

    private static ValidatableResponse send(String requestId, String query) {
        var request = given().contentType(ContentType.JSON).accept(ContentType.JSON);
        if (requestId != null) {
            request.header(Correlation.HEADER, requestId);
        }
        return request.body(Map.of("query", query)).when().post("/graphql").then();
    }

    private SpanData awaitSpan(Predicate<SpanData> wanted) {
        return awaitSpans(wanted, 1).get(0);
    }

    /** Spans are exported when they end, in a batch; waits up to ten seconds for {@code count} of them. */
    private List<SpanData> awaitSpans(Predicate<SpanData> wanted, int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<SpanData> found;
        do {
            found = spans.getFinishedSpanItems().stream().filter(wanted).toList();
            if (found.size() >= count) {
                return found;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("expected " + count + " matching spans, found " + found.size() + " among "
                + describe(spans.getFinishedSpanItems()));
    }

    /** The latest spans, enough to see which parent each one got. */
    private static String describe(List<SpanData> all) {
        return all.subList(Math.max(0, all.size() - 30), all.size()).stream()
                .map(s -> s.getName() + " " + s.getKind() + " id=" + s.getSpanId() + " parent=" + s.getParentSpanId()
                        + " " + s.getAttributes())
                .collect(java.util.stream.Collectors.joining("\n  ", "\n  ", ""));
    }

    /** The captured lines carrying {@code correlationId} in their MDC, once there are {@code count}. */
    private static List<LogRecord> awaitLines(LogCapture log, String correlationId, int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<LogRecord> found;
        do {
            found = log.records().stream()
                    .filter(r -> correlationId.equals(log.mdc(r).get(Correlation.MDC_KEY)))
                    .toList();
            if (found.size() >= count) {
                return found;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("expected " + count + " lines with " + correlationId + ", got "
                + log.records().stream()
                        .map(r -> Optional.ofNullable(log.mdc(r).get(Correlation.MDC_KEY))
                                        .orElse("-") + " " + LogCapture.formatted(r))
                        .toList());
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
