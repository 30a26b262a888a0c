package db.migration;

import io.jisr.common.i18n.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the search column of the records that exist when it is added, with the same folding the write path uses; SQL
 * cannot fold Arabic the same way on H2 and PostgreSQL.
 */
public class V7__fill_search_text extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        fill(connection, "initiative", "slug, title_en, title_fr, title_ar");
        fill(connection, "data_centre", "slug, name_en, name_fr, name_ar");
        fill(connection, "organisation", "slug, name_en, name_fr, name_ar, acronym");
        fill(connection, "sector", "slug, name_en, name_fr, name_ar");
    }

    private static void fill(Connection connection, String table, String columns) throws SQLException {
        int count = columns.split(",").length;
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, " + columns + " FROM " + table);
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                String[] texts = new String[count];
                for (int i = 0; i < count; i++) {
                    texts[i] = result.getString(i + 2);
                }
                rows.add(new Object[] {SearchText.of(texts), result.getLong(1)});
            }
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE " + table + " SET search_text = ? WHERE id = ?")) {
            for (Object[] row : rows) {
                update.setString(1, (String) row[0]);
                update.setLong(2, (Long) row[1]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
