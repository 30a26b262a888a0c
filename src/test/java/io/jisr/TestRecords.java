package io.jisr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Records that editing tests create use the slug prefix {@code test-} (sources: the host test.jisr.example).
 * Removing them after each test keeps the seed catalogue exactly as the read tests expect it.
 */
@ApplicationScoped
public class TestRecords {

    public static final String SOURCE_URL = "https://test.jisr.example/";

    private static final String INITIATIVES = "(select id from initiative where slug like 'test-%')";
    private static final String DATA_CENTRES = "(select id from data_centre where slug like 'test-%')";
    private static final String ORGANISATIONS = "(select id from organisation where slug like 'test-%')";
    private static final String SECTORS = "(select id from sector where slug like 'test-%')";
    private static final String SOURCES = "(select id from source where url like '" + SOURCE_URL + "%')";

    @Inject
    EntityManager em;

    @Transactional
    public void removeAll() {
        for (String sql : List.of(
                "delete from initiative_party where initiative_id in " + INITIATIVES + " or organisation_id in "
                        + ORGANISATIONS,
                "delete from initiative_sector where initiative_id in " + INITIATIVES + " or sector_id in " + SECTORS,
                "delete from initiative_data_centre where initiative_id in " + INITIATIVES + " or data_centre_id in "
                        + DATA_CENTRES,
                "delete from initiative_source where initiative_id in " + INITIATIVES + " or source_id in " + SOURCES,
                "delete from data_centre_source where data_centre_id in " + DATA_CENTRES + " or source_id in "
                        + SOURCES,
                "delete from organisation_source where organisation_id in " + ORGANISATIONS + " or source_id in "
                        + SOURCES,
                "delete from sector_source where sector_id in " + SECTORS + " or source_id in " + SOURCES,
                "delete from data_centre_partner where data_centre_id in " + DATA_CENTRES + " or organisation_id in "
                        + ORGANISATIONS,
                "delete from data_centre_sector where data_centre_id in " + DATA_CENTRES + " or sector_id in "
                        + SECTORS,
                "delete from data_centre_capability where data_centre_id in " + DATA_CENTRES,
                "delete from initiative where slug like 'test-%'",
                "delete from data_centre where slug like 'test-%'",
                "delete from organisation where slug like 'test-%'",
                "delete from sector where slug like 'test-%'",
                "delete from source where url like '" + SOURCE_URL + "%'")) {
            em.createNativeQuery(sql).executeUpdate();
        }
    }
}
