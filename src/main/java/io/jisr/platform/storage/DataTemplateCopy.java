package io.jisr.platform.storage;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

/**
 * Puts the {@link DataTemplate} into a new data directory. Flyway's customizer is the one public hook that runs at
 * start before anything opens the database; it changes nothing in Flyway's configuration.
 */
@Singleton
public class DataTemplateCopy implements FlywayConfigurationCustomizer {

    private static final Logger LOG = Logger.getLogger(DataTemplateCopy.class);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;

    @Override
    public void customize(FluentConfiguration configuration) {
        Optional<Path> template = DataTemplate.ofThisApplication();
        Optional<Path> database = url.flatMap(DataTemplate::databaseFile);
        if (template.isEmpty() || database.isEmpty()) {
            return;
        }
        try {
            if (DataTemplate.copyIfFresh(template.get(), database.get())) {
                LOG.infof(
                        "New data directory: started from the catalogue this build prepared (%s)",
                        DataTemplate.relative());
            }
        } catch (UncheckedIOException e) {
            // Slower, not wrong: Flyway and the import build the same database from scratch.
            LOG.warnf(
                    "Could not start from the prepared catalogue (%s); building the database instead", e.getMessage());
        }
    }
}
