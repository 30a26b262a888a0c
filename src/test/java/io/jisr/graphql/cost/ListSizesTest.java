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
    void shouldMeasureAgainOnAThreadWithoutARequestContext() throws Exception {
        // The periodic refresh runs on a worker thread of its own, where a test's request context is not active.
        Thread refresh = new Thread(() -> refreshed = listSizes.measure());
        refresh.start();
        refresh.join();
        assertThat(refreshed, equalTo(true));
    }

    private volatile boolean refreshed;

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

    @Inject
    jakarta.enterprise.inject.Instance<io.jisr.common.paging.MeasuredLists> measuredLists;

    @Inject
    jakarta.enterprise.inject.Instance<graphql.schema.GraphQLSchema> schema;

    @Test
    void shouldPriceFacetsAndMapsAtTheValuesTheDataHas() {
        listSizes.measure();
        // Every size a feature measures names a list field of the schema.
        int measured = 0;
        for (io.jisr.common.paging.MeasuredLists source : measuredLists) {
            for (String field :
                    QuarkusTransaction.requiringNew().call(source::sizes).keySet()) {
                String[] parts = field.split("\\.");
                graphql.schema.GraphQLObjectType type = schema.get().getObjectType(parts[0]);
                assertThat(field, type, notNullValue());
                assertThat(field, type.getFieldDefinition(parts[1]), notNullValue());
                assertThat(
                        field,
                        graphql.schema.GraphQLTypeUtil.unwrapNonNull(
                                type.getFieldDefinition(parts[1]).getType()),
                        org.hamcrest.Matchers.instanceOf(graphql.schema.GraphQLList.class));
                measured++;
            }
        }
        assertThat(measured, equalTo(6 + 2 + 7 + 1 + 3));
        // A facet lists at most its values over all records: what the unfiltered facet shows.
        io.restassured.response.ValidatableResponse answer = io.jisr.GraphQL.ok(
                "{ initiatives { facets { statuses { value } organisations { value } years { value } } valueTotals { currency }"
                        + " timeline(interval: MONTH) { buckets { period } } }"
                        + " dataCentres { facets { cities { value } sectors { value } } geoJson { features { id } } } }");
        java.util.Map<String, String> paths = java.util.Map.of(
                "InitiativeFacets.statuses", "data.initiatives.facets.statuses",
                "InitiativeFacets.organisations", "data.initiatives.facets.organisations",
                "InitiativeFacets.years", "data.initiatives.facets.years",
                "InitiativeConnection.valueTotals", "data.initiatives.valueTotals",
                "InitiativeTimeline.buckets", "data.initiatives.timeline.buckets",
                "DataCentreFacets.cities", "data.dataCentres.facets.cities",
                "DataCentreFacets.sectors", "data.dataCentres.facets.sectors",
                "DataCentreFeatureCollection.features", "data.dataCentres.geoJson.features");
        paths.forEach((field, path) -> {
            String[] parts = field.split("\\.");
            java.util.List<Object> values = answer.extract().path(path);
            assertThat(field, listSizes.of(parts[0], parts[1]), equalTo((long) values.size()));
        });
        assertThat(listSizes.of("InitiativeFacets", "organisations"), greaterThan(10L));
    }

    @Test
    void shouldStoreWhatItMeasuresAndStartFromIt() {
        listSizes.measure();
        Map<String, Long> measured = listSizes.snapshot();
        assertThat(ListSizes.decode(storedText()), equalTo(measured));

        // What another replica stored is taken as it is, when it covers every field this build measures.
        String other = storedText().replaceFirst("(?m)^Query\\.dataCentres=\\d+$", "Query.dataCentres=4321");
        store(other);
        assertThat(listSizes.load(), equalTo(true));
        assertThat(listSizes.of("Query", "dataCentres"), equalTo(4321L));

        // Sizes from a build that measured fewer fields are not enough: the start measures instead.
        store(other.replaceFirst("(?m)^Initiative\\.sectors=\\d+\n", ""));
        assertThat(listSizes.load(), equalTo(false));
        store("");
        assertThat(listSizes.load(), equalTo(false));
        assertThat(listSizes.of("Query", "dataCentres"), equalTo(4321L));

        listSizes.measure();
        assertThat(listSizes.snapshot(), equalTo(measured));
        assertThat(ListSizes.decode(storedText()), equalTo(measured));
    }

    private String storedText() {
        return QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("select sizes from list_sizes where id = 1")
                        .getSingleResult());
    }

    private void store(String text) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update list_sizes set sizes = ?1 where id = 1")
                        .setParameter(1, text)
                        .executeUpdate());
    }
}
