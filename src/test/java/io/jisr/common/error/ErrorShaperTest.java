package io.jisr.common.error;

import static io.jisr.GraphQL.post;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import io.jisr.sector.service.SectorService;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ErrorShaperTest {

    @InjectMock
    SectorService sectors;

    @Test
    void shouldHideUnexpectedFailuresBehindACorrelationIdThatTheLogAlsoShows() {
        Mockito.when(sectors.bySlug("ai"))
                .thenThrow(new IllegalStateException("SELECT password FROM users -- internal detail"));
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ErrorShaper.class.getName());
        logger.addHandler(capture);
        try {
            String body = post("{ sectorBySlug(slug: \"ai\") { slug } }").statusCode(200)
                    .body("errors[0].extensions.code", equalTo("INTERNAL"))
                    .body("errors[0].message", startsWith("Internal error."))
                    .body(not(containsString("SELECT")))
                    .body(not(containsString("IllegalStateException")))
                    .body(not(containsString("System error")))
                    .extract().asString();
            String correlationId = io.restassured.path.json.JsonPath.from(body)
                    .getString("errors[0].extensions.correlationId");
            assertThat(records.stream().anyMatch(r -> r.getMessage() != null
                    && String.valueOf(r.getMessage()).contains("Internal error")
                    && r.getThrown() != null && r.getThrown().getMessage().contains("SELECT password")
                    && formatted(r).contains(correlationId)), equalTo(true));
        } finally {
            logger.removeHandler(capture);
        }
    }

    private static String formatted(LogRecord record) {
        Object[] parameters = record.getParameters();
        String text = String.valueOf(record.getMessage());
        if (parameters != null) {
            for (Object parameter : parameters) {
                text += " " + parameter;
            }
        }
        return text;
    }
}
