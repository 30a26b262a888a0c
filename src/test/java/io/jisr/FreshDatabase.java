package io.jisr;

import io.jisr.platform.storage.DataTemplate;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * A database of its own for the packaged application under test: a new PostgreSQL database on the server the suite
 * is pointed at ({@code -Djisr.test.db.url=jdbc:postgresql://…}), otherwise a new embedded H2 file, and a new data
 * directory. Dropped after.
 */
public class FreshDatabase implements QuarkusTestResourceLifecycleManager {

    private final String url = System.getProperty("jisr.test.db.url", "");
    private final String user = System.getProperty("jisr.test.db.username", "jisr");
    private final String password = System.getProperty("jisr.test.db.password", "");
    private String database;
    private Path directory;

    /** Marks a {@code Path} field of the test that receives the application's data directory. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface DataDirectory {}

    @Override
    public Map<String, String> start() {
        try {
            // Also on PostgreSQL: the data directory holds the development key pair the application creates.
            directory = Files.createTempDirectory("jisr-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            database =
                    "jisr_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE DATABASE " + database);
            return Map.of(
                    "jisr.db.url",
                    url.replaceFirst("/[^/?]*(\\?.*)?$", "/" + database + "$1"),
                    "jisr.db.username",
                    user,
                    "jisr.db.password",
                    password,
                    "jisr.data-dir",
                    directory.toString());
        }
        return Map.of("jisr.data-dir", directory.toString());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(directory, new TestInjector.AnnotatedAndMatchesType(DataDirectory.class, Path.class));
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
        if (directory != null) {
            DataTemplate.delete(directory);
        }
    }

    private void execute(String statement) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot " + statement + " on " + url, e);
        }
    }
}
