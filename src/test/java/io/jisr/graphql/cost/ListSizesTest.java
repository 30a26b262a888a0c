package io.jisr.graphql.cost;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the cost estimate measures in the database: the fan-outs the features declare and the top-level rows. */
@QuarkusTest
class ListSizesTest {

    @Inject
    ListSizes listSizes;

    @Inject
    EntityManager em;

    @Test
    void shouldMeasureEveryDeclaredFanOutAndEveryTopLevelConnection() {
        Map<String, ListSizes.Measure> queries = listSizes.queries();

        assertThat(
                queries,
                hasEntry(
                        "Initiative.sectors",
                        new ListSizes.Measure(
                                "select coalesce(max(n), 0) from (select count(*) as n from initiative_sector"
                                        + " group by initiative_id) t",
                                true)));
        assertThat(
                queries,
                hasEntry("Query.dataCentres", new ListSizes.Measure("select count(e) from DataCentre e", false)));
        // Fields contributed by a higher feature to a lower one's type are measured as well.
        for (String field : List.of(
                "Query.initiatives",
                "Query.organisations",
                "Query.sectors",
                "DataCentre.capabilities",
                "DataCentre.initiatives",
                "DataCentre.partners",
                "DataCentre.sectors",
                "DataCentre.sources",
                "Initiative.dataCentres",
                "Initiative.partners",
                "Initiative.sources",
                "Organisation.initiatives",
                "Organisation.operatedDataCentres",
                "Organisation.partnerDataCentres",
                "Organisation.sources",
                "Sector.dataCentres",
                "Sector.initiatives",
                "Sector.sources")) {
            assertThat(field, queries.get(field), notNullValue());
        }
    }

    @Test
    void shouldPriceAListAtWhatTheDataHolds() {
        listSizes.measure();

        long dataCentres = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from data_centre")
                                .getSingleResult())
                        .longValue());
        assertThat(listSizes.of("Query", "dataCentres"), equalTo(dataCentres));
        assertThat(listSizes.of("Initiative", "partners"), greaterThan(1L));
    }
}
