package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * What replicas share on PostgreSQL: every recorded change is announced on channel {@code jisr_changes} with its id
 * (a trigger, so the announcement is part of the transaction and reaches listeners only once it commits, in commit
 * order), and the request-rate buckets live in a table all replicas update (Bucket4j's JDBC layout). Embedded H2 runs
 * one process and needs neither.
 */
public class V10__replica_coordination extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE FUNCTION jisr_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        PERFORM pg_notify('jisr_changes', NEW.id::text);
                        RETURN NULL;
                    END $$""");
            statement.execute("CREATE TRIGGER change_record_announce AFTER INSERT ON change_record "
                    + "FOR EACH ROW EXECUTE FUNCTION jisr_announce_change()");
            statement.execute("CREATE TABLE rate_limit_bucket (id VARCHAR(300) PRIMARY KEY, state BYTEA, "
                    + "expires_at BIGINT)");
            statement.execute("CREATE INDEX rate_limit_bucket_expiry_idx ON rate_limit_bucket (expires_at)");
        }
    }
}
