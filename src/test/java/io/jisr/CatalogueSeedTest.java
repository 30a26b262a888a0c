package io.jisr;

import static io.jisr.GraphQL.ok;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.jisr.datacentre.DataCentre;
import io.jisr.initiative.Initiative;
import io.jisr.organisation.Organisation;
import io.jisr.sector.Sector;
import io.jisr.source.Source;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The starting catalogue: everything in the research file is loaded, once, with its sources. */
@QuarkusTest
class CatalogueSeedTest {

    /** V2's 170 distinct sources, and those of the records, translations and updates the bundled research brought. */
    private static final long SOURCES = 274L;
    /** V2's 182 citations, and those the bundled research added to its records. */
    private static final long CITATIONS = 323L;

    @Inject
    EntityManager em;

    @Inject
    Flyway flyway;

    @Inject
    EntityManagerFactory entityManagerFactory;

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    private long countSql(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @Test
    void shouldLoadEveryRecordAndEverySource() {
        // V2's 19, 26 and 54, the new records of research-2026-11-records, and research-2026-12's 5 partners.
        assertThat(count("select count(e) from Initiative e"), equalTo(22L));
        assertThat(count("select count(e) from DataCentre e"), equalTo(33L));
        assertThat(count("select count(e) from Organisation e"), equalTo(70L));
        assertThat(count("select count(e) from Sector e"), equalTo(14L));
        // 182 citations in the research file, 170 of them distinct (same page, same quote); the bundled research
        // (research-2026-11) adds the sources of the translations it found.
        assertThat(count("select count(s) from Source s"), equalTo(SOURCES));
        long citations = countSql("select count(*) from initiative_source")
                + countSql("select count(*) from data_centre_source")
                + countSql("select count(*) from organisation_source")
                + countSql("select count(*) from sector_source");
        assertThat(citations, equalTo(CITATIONS));
        assertThat(countSql("select count(*) from initiative_party"), equalTo(49L));
    }

    @Test
    void shouldMapEveryEntityAndNamedQueryToTheMigratedTables() throws Exception {
        // What a start no longer checks, to be ready sooner: every mapped table and column exists with its type...
        entityManagerFactory.getSchemaManager().validate();
        // ...and every named query parses against the mappings (each is parsed when first created).
        for (String name : List.of(
                Source.BY_KEYS,
                Organisation.BY_SLUG,
                Organisation.BY_KEYS,
                Initiative.BY_SLUG,
                Initiative.BY_KEYS,
                Sector.BY_SLUG,
                Sector.BY_KEYS,
                DataCentre.BY_SLUG,
                DataCentre.BY_KEYS)) {
            em.createNamedQuery(name);
        }
    }

    @Test
    void shouldNeverLoadTheCatalogueTwice() {
        // What a restart does: Flyway sees V2 applied and runs nothing.
        assertThat(flyway.migrate().migrationsExecuted, equalTo(0));
        assertThat(count("select count(e) from Initiative e"), equalTo(22L));
        assertThat(count("select count(s) from Source s"), equalTo(SOURCES));
    }

    @Test
    void shouldKeepMissingValuesNullAndOriginalWording() {
        ok("{ organisationBySlug(slug: \"sanofi-arabia\") { country type typeNote nameTranslations { fr ar "
                        + "frProvenance { basis } arProvenance { basis } } } }")
                .body("data.organisationBySlug.country", nullValue())
                .body("data.organisationBySlug.type", equalTo("COMPANY"))
                // No source gave a French name: the editors' is labelled as theirs; an Arabic release gave one.
                .body("data.organisationBySlug.nameTranslations.fr", equalTo("Sanofi Arabia"))
                .body("data.organisationBySlug.nameTranslations.frProvenance.basis", equalTo("EDITORIAL"))
                .body("data.organisationBySlug.nameTranslations.arProvenance.basis", equalTo("SOURCED"));
        ok("{ initiativeBySlug(slug: \"rcu-thales-alula-security-2023\") { value { amount } conflictNote kindNote kind } }")
                .body("data.initiativeBySlug.value", nullValue())
                .body("data.initiativeBySlug.kind", equalTo("CONTRACT"))
                .body("data.initiativeBySlug.kindNote", equalTo("agreement (contract)"))
                .body("data.initiativeBySlug.conflictNote", org.hamcrest.Matchers.containsString("159 million SAR"));
    }
}
