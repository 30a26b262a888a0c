package io.jisr.graphql.engine;

import static io.jisr.GraphQL.post;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.jisr.LogCapture;
import io.jisr.sector.service.SectorService;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

@QuarkusTest
class ErrorShaperTest {

    @InjectMock
    SectorService sectors;

    @Test
    void shouldHideUnexpectedFailuresBehindACorrelationIdThatTheLogAlsoShows() {
        Mockito.when(sectors.bySlug("ai"))
                .thenThrow(new IllegalStateException("SELECT password FROM users -- internal detail"));
        try (LogCapture log = LogCapture.of(ErrorShaper.class.getName())) {
            String body = post("{ sectorBySlug(slug: \"ai\") { slug } }")
                    .statusCode(200)
                    .body("errors[0].extensions.code", equalTo("INTERNAL"))
                    .body("errors[0].message", startsWith("Internal error."))
                    .body(not(containsString("SELECT")))
                    .body(not(containsString("IllegalStateException")))
                    .body(not(containsString("System error")))
                    .extract()
                    .asString();
            String correlationId =
                    io.restassured.path.json.JsonPath.from(body).getString("errors[0].extensions.correlationId");
            assertThat(
                    log.records().stream()
                            .anyMatch(r -> r.getMessage() != null
                                    && String.valueOf(r.getMessage()).contains("Internal error")
                                    && r.getThrown() != null
                                    && r.getThrown().getMessage().contains("SELECT password")
                                    && LogCapture.formatted(r).contains(correlationId)),
                    equalTo(true));
        }
    }

    @Test
    void shouldNotLogAFailureAfterTheClientHungUpAsAnError() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Mockito.when(sectors.bySlug("hang-up")).thenAnswer(invocation -> {
            entered.countDown();
            release.await(10, TimeUnit.SECONDS);
            // What the request's work meets once its context has been torn down.
            throw new IllegalStateException("Session/EntityManager is closed");
        });
        try (LogCapture all = LogCapture.of("");
                LogCapture shaper = LogCapture.of(ErrorShaper.class.getName(), Level.FINE)) {
            byte[] body = "{\"query\": \"{ sectorBySlug(slug: \\\"hang-up\\\") { slug } }\"}"
                    .getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                socket.getOutputStream()
                        .write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\n"
                                        + "Content-Type: application/json\r\nContent-Length: " + body.length
                                        + "\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().write(body);
                assertThat("the request reached the service", entered.await(10, TimeUnit.SECONDS), equalTo(true));
            }
            // The server sees the connection close within moments on loopback.
            Thread.sleep(500);
            release.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (shaper.records().stream()
                            .noneMatch(r -> LogCapture.formatted(r).contains("client disconnected"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(
                    "logged at debug with its cause",
                    shaper.records().stream()
                            .anyMatch(r -> r.getLevel().intValue() == Level.FINE.intValue()
                                    && LogCapture.formatted(r).contains("client disconnected")
                                    && r.getThrown() != null
                                    && "Session/EntityManager is closed"
                                            .equals(r.getThrown().getMessage())),
                    equalTo(true));
            assertThat(all.atOrAbove(Level.WARNING), equalTo(List.of()));
        }
    }
}
