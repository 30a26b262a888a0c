package io.jisr;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.jisr.common.security.Roles;
import io.jisr.common.security.TestTokens;
import io.jisr.platform.storage.DataTemplate;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The packaged artefact (the jar, or the native executable with -Dnative) on a fresh database: it migrates and
 * seeds itself, reports ready, serves the catalogue and accepts an authenticated edit.
 */
@QuarkusIntegrationTest
@WithTestResource(FreshDatabase.class)
@WithTestResource(JsonLogs.class)
class PackagedApplicationIT {

    /** Where the integration test harness writes the application's output. */
    private static final Path LOG = Path.of("target", "quarkus.log");

    @Test
    void shouldLogJsonLinesThatCarryTheCorrelationIdButNotTheDocumentOrVariables() throws Exception {
        String id = "it-" + UUID.randomUUID();
        String needle = "needle" + UUID.randomUUID().toString().replace("-", "");
        given().header("X-Request-Id", id)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of(
                        "query",
                        "query Needle($q: String) { initiatives(first: 1, filter: {search: $q}) " + "{ totalCount } }",
                        "variables",
                        Map.of("q", needle)))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .header("X-Request-Id", equalTo(id))
                .body("data.initiatives.totalCount", equalTo(0));
        List<String> lines = List.of();
        for (long deadline = System.nanoTime() + 10_000_000_000L; System.nanoTime() < deadline; Thread.sleep(100)) {
            lines = Files.readAllLines(LOG);
            if (lines.stream().anyMatch(l -> l.contains(id))) {
                break;
            }
        }
        List<JsonPath> json = json(lines);
        assertThat("the application logs JSON", json.size() > 5, equalTo(true));
        List<JsonPath> ofRequest = json.stream()
                .filter(l -> id.equals(l.getString("mdc.correlationId")))
                .toList();
        assertThat(
                ofRequest.stream().map(l -> l.getString("message")).toList(),
                hasItem(allOf(startsWith("POST /graphql 200 "), endsWith(" query Needle"))));
        assertThat(ofRequest.stream().map(l -> l.getString("level")).toList(), everyItem(equalTo("INFO")));
        assertThat(
                lines.stream()
                        .filter(l -> l.contains(needle) || l.contains("initiatives(first"))
                        .toList(),
                empty());
    }

    /** An operator reads warnings as things to act on: a start on a new data directory logs one, about its key. */
    @Test
    void shouldStartWithNoWarningButTheDevelopmentKeys() throws Exception {
        List<JsonPath> lines = json(Files.readAllLines(LOG));
        int started = 0;
        while (started < lines.size()
                && !lines.get(started).getString("message").contains(" started in ")) {
            started++;
        }
        assertThat("the start is logged", started < lines.size(), equalTo(true));
        List<String> warnings = lines.subList(0, started).stream()
                .filter(l -> "WARN".equals(l.getString("level")) || "ERROR".equals(l.getString("level")))
                .map(l -> l.getString("loggerName") + ": " + l.getString("message"))
                .toList();
        assertThat(warnings, everyItem(startsWith("io.jisr.platform.security.VerificationKey: Created a development")));
        assertThat(warnings, hasSize(1));
    }

    @Test
    void shouldReportReadyWithItsDatabase() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    }

    @Test
    void shouldAnswerAMalformedUriWithACodedError() throws Exception {
        // JisrMain, the packaged entry point, lets such requests reach the service instead of an empty 400.
        String answer = GraphQL.rawGet("/graphql?query=%7B__typename%ZZ");
        org.junit.jupiter.api.Assertions.assertTrue(
                answer.startsWith("HTTP/1.1 400 ") && answer.contains("\"code\":\"BAD_REQUEST\""), answer);
    }

    @Test
    void shouldServeTheSeededCatalogue() {
        GraphQL.post("""
                { sectors(first: 1) { totalCount }
                  initiatives(first: 3) { totalCount edges { node { id title(lang: FR) { text requested }
                    sectors { slug } partners { role organisation { slug } } sources { url } } } }
                  dataCentres(first: 1) { totalCount } organisations(first: 1) { totalCount } }""")
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.sectors.totalCount", equalTo(14))
                .body("data.initiatives.totalCount", equalTo(22))
                .body("data.initiatives.edges", hasSize(3))
                .body("data.initiatives.edges[0].node.title.requested", equalTo("FR"))
                .body("data.dataCentres.totalCount", equalTo(33))
                .body("data.organisations.totalCount", equalTo(70));
        String id = GraphQL.post("{ sectorBySlug(slug: \"digital-health\") { id } }")
                .extract()
                .path("data.sectorBySlug.id");
        GraphQL.post("query($id: ID!) { node(id: $id) { ... on Sector { slug } } }", Map.of("id", id))
                .body("data.node.slug", equalTo("digital-health"));
    }

    @FreshDatabase.DataDirectory
    Path dataDirectory;

    /**
     * Signs with the development key pair the application created in its data directory at start, as DevToken does;
     * the application trusts it without a restart. (The test key of the other tests is not configured here.)
     */
    private String developmentToken(String subject) throws Exception {
        Path privatePem = dataDirectory.resolve("dev-jwt/private.pem");
        String body =
                Files.readString(privatePem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        return TestTokens.signedWith(key, "https://jisr.local/dev", subject, Set.of(Roles.EDITOR));
    }

    @Test
    void shouldAcceptAnAuthenticatedEditAndRecordItsActor() throws Exception {
        String create = "mutation($slug: String!) { createOrganisation(input: { slug: $slug, nameEn: \"IT Lab\", "
                + "type: OTHER }) { id history { edges { node { operation actor } } } } }";
        String slug = "it-" + UUID.randomUUID().toString().substring(0, 8);
        GraphQL.post(create, Map.of("slug", slug))
                .statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.postAs(developmentToken("it-editor"), create, Map.of("slug", slug))
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.createOrganisation.id", notNullValue())
                .body("data.createOrganisation.history.edges[0].node.operation", equalTo("CREATE"))
                .body("data.createOrganisation.history.edges[0].node.actor", equalTo("it-editor"));
        GraphQL.post(
                        "query($slug: String!) { organisationBySlug(slug: $slug) { name { text } } }",
                        Map.of("slug", slug))
                .body("data.organisationBySlug.name.text", equalTo("IT Lab"));
    }

    /**
     * A new H2 data directory starts from the database the build prepared (migrated, with the bundled research and its
     * history), and gets a key pair of its own. PostgreSQL databases are migrated by the start.
     */
    @Test
    void shouldStartANewDataDirectoryFromTheDatabaseTheBuildPrepared() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(
                System.getProperty("jisr.test.db.url", "").startsWith("jdbc:postgresql:"),
                "a PostgreSQL database is migrated at its first start");
        assertThat(
                Files.readAllLines(LOG).stream()
                        .filter(l -> l.contains("New data directory: started from the catalogue this build prepared"))
                        .count(),
                equalTo(1L));
        assertThat(Files.isRegularFile(dataDirectory.resolve("jisr.mv.db")), equalTo(true));
        assertThat(Files.isRegularFile(dataDirectory.resolve("dev-jwt/private.pem")), equalTo(true));
        Path template = Path.of("target", "quarkus-app", "data-template");
        try (var files = Files.list(template)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList(), equalTo(List.of("jisr.mv.db")));
        }
        List<String> actors = GraphQL.postAs(
                        developmentToken("it-reader"), "{ history(last: 100) { edges { node { actor } } } }", Map.of())
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .extract()
                .path("data.history.edges.node.actor");
        assertThat(actors, hasItem(startsWith("import ")));
    }

    /**
     * The packaged application maps the class-data archive the build wrote: with {@code -Xshare:on} the JVM refuses to
     * start if it cannot (missing, or recorded for other jar paths), and most classes of the start come from it, those
     * the preparation run had loaded but not linked among them (the JVM archives linked classes only). On H2 it is
     * started with the README's run command from the project root; on PostgreSQL as the image starts it, from the
     * application's directory, after a build given a scratch database (JISR_ARCHIVE_DB_URL) and the jar as the image
     * names it ({@code -Djisr.archive.jar=quarkus-run.jar}), as {@code .ci/run} and the image's build do.
     */
    @Test
    void shouldStartFromTheClassArchiveTheBuildWrote() throws Exception {
        String database = System.getProperty("jisr.test.db.url", "");
        boolean postgres = database.startsWith("jdbc:postgresql:");
        org.junit.jupiter.api.Assumptions.assumeFalse(
                postgres && System.getenv("JISR_ARCHIVE_DB_URL") == null,
                "a PostgreSQL build writes its class-data archive only when given a scratch database");
        Path data = Files.createTempDirectory("jisr-cds");
        Path classes = data.resolve("class-load.log");
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String application = postgres ? "" : "target/quarkus-app/";
        ProcessBuilder command = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-Xshare:on",
                        "-XX:SharedArchiveFile=" + application + "app-cds.jsa",
                        "-Xlog:class+load=info:file=" + classes,
                        "-jar",
                        application + "quarkus-run.jar")
                .directory(postgres ? Path.of("target", "quarkus-app").toFile() : null)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("out.log").toFile());
        command.environment().put("JISR_DATA_DIR", data.toString());
        if (postgres) {
            command.environment().put("JISR_DB_URL", database);
            command.environment().put("JISR_DB_USERNAME", System.getProperty("jisr.test.db.username", "jisr"));
        }
        command.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Process process = command.start();
        try {
            int status = 0;
            for (long deadline = System.nanoTime() + 90_000_000_000L;
                    status != 200 && process.isAlive() && System.nanoTime() < deadline;
                    Thread.sleep(200)) {
                status = statusOf(java.net.URI.create("http://127.0.0.1:" + port + "/q/health/ready"));
            }
            assertThat(Files.readString(data.resolve("out.log")), status, equalTo(200));
            List<String> shared;
            try (var lines = Files.lines(classes)) {
                shared = lines.filter(l -> l.endsWith(" source: shared objects file (top)"))
                        .map(l -> l.substring(l.indexOf("] ") + 2, l.indexOf(" source:")))
                        .toList();
            }
            assertThat("classes from the archive: " + shared.size(), shared.size() > 10_000, equalTo(true));
            // Loaded by Hibernate's reflection on the entities, not linked until a start uses them.
            assertThat(
                    shared,
                    hasItems(
                            "jakarta.persistence.OptimisticLockException",
                            "org.hibernate.boot.models.annotations.internal.SynchronizeAnnotation"));
        } finally {
            process.destroy();
            process.waitFor();
            DataTemplate.delete(data);
        }
    }

    /** The HTTP status of a GET, or 0 while nothing answers. */
    private static int statusOf(java.net.URI uri) {
        try {
            var connection = (java.net.HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode();
            } finally {
                connection.disconnect();
            }
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** The JSON lines of the application's log, parsed; any other line left out. */
    private static List<JsonPath> json(List<String> log) {
        return log.stream().filter(l -> l.startsWith("{")).map(JsonPath::from).toList();
    }
}
