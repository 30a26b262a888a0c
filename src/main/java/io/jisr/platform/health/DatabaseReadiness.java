package io.jisr.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready when the database answers. Replaces Quarkus's datasource check, whose public body carries the driver's
 * message (the database address among it); the detail goes to the log instead.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class);
    private static final int TIMEOUT_SECONDS = 3;

    @Inject
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(TIMEOUT_SECONDS)) {
                return HealthCheckResponse.up("database");
            }
            LOG.warn("Readiness: the database connection is not valid");
        } catch (Exception e) {
            LOG.warnf("Readiness: the database cannot be reached: %s", e.toString());
        }
        return HealthCheckResponse.down("database");
    }
}
