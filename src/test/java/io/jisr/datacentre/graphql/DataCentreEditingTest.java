package io.jisr.datacentre.graphql;

import static io.jisr.AdminGraphQL.ok;
import static io.jisr.TestMutations.CREATE_DATA_CENTRE;
import static io.jisr.TestMutations.vars;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Editing data centres over GraphQL. */
@QuarkusTest
class DataCentreEditingTest {

    @Test
    void shouldCreateUpdateAndDeleteADataCentre() {
        String operator =
                ok("{ organisationBySlug(slug: \"humain\") { id } }").extract().path("data.organisationBySlug.id");
        String id = ok(
                        CREATE_DATA_CENTRE,
                        vars(
                                "input",
                                vars(
                                        "slug",
                                        "test-dc",
                                        "nameEn",
                                        "Test DC",
                                        "country",
                                        "SA",
                                        "status",
                                        "ANNOUNCED",
                                        "confidence",
                                        "MEDIUM",
                                        "operatorId",
                                        operator,
                                        "capabilities",
                                        List.of("AI", "HPC"),
                                        "latitude",
                                        24.7,
                                        "longitude",
                                        46.7,
                                        "locationExact",
                                        true,
                                        "capacityMw",
                                        10,
                                        "targetCapacityMw",
                                        100)))
                .body("data.createDataCentre.operator.slug", equalTo("humain"))
                .body("data.createDataCentre.capabilities", containsInAnyOrder("AI", "HPC"))
                .body("data.createDataCentre.location.exact", equalTo(true))
                .extract()
                .path("data.createDataCentre.id");
        ok(
                        "mutation($id: ID!, $input: DataCentreInput!) { updateDataCentre(id: $id, version: 0, input: $input) "
                                + "{ version capabilities operator { slug } status } }",
                        vars(
                                "id",
                                id,
                                "input",
                                vars("capabilities", List.of("QUANTUM"), "operatorId", null, "status", "OPERATIONAL")))
                .body("data.updateDataCentre.version", equalTo(1))
                .body("data.updateDataCentre.capabilities", contains("QUANTUM"))
                .body("data.updateDataCentre.operator", nullValue())
                .body("data.updateDataCentre.status", equalTo("OPERATIONAL"));
        ok("{ organisationBySlug(slug: \"humain\") { operatedDataCentres { slug } } }")
                .body("data.organisationBySlug.operatedDataCentres.slug", not(hasItem("test-dc")));
        ok("mutation($id: ID!) { deleteDataCentre(id: $id, version: 1) { id } }", vars("id", id));
        ok("{ dataCentreBySlug(slug: \"test-dc\") { id } }").body("data.dataCentreBySlug", nullValue());
    }
}
