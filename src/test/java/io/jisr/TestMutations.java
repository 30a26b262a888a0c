package io.jisr;

import static io.jisr.AdminGraphQL.ok;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** Mutations the editing tests share: test records of every type, created as an editor would. */
public final class TestMutations {

    public static final String CREATE_SECTOR =
            "mutation($input: SectorInput!) { createSector(input: $input) { id version slug } }";
    public static final String UPDATE_SECTOR = """
            mutation($id: ID!, $version: Int!, $input: SectorInput!) {
              updateSector(id: $id, version: $version, input: $input) {
                id version updatedAt nameTranslations { en fr ar } descriptionTranslations { en }
              }
            }""";
    public static final String CREATE_INITIATIVE = """
            mutation($input: InitiativeInput!) { createInitiative(input: $input) {
              id version slug date { text precision } value { amount currency } } }""";
    public static final String UPDATE_INITIATIVE = """
            mutation($id: ID!, $version: Int!, $input: InitiativeInput!) {
              updateInitiative(id: $id, version: $version, input: $input) {
                id version titleTranslations { en fr } date { text precision } } }""";
    public static final String CREATE_DATA_CENTRE = """
            mutation($input: DataCentreInput!) { createDataCentre(input: $input) {
              id version capabilities operator { slug } location { latitude longitude exact } } }""";

    private TestMutations() {}

    public static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            vars.put((String) pairs[i], pairs[i + 1]);
        }
        return vars;
    }

    public static String createSector(String slug) {
        return ok(CREATE_SECTOR, vars("input", vars("slug", slug, "nameEn", "Test " + slug)))
                .extract()
                .path("data.createSector.id");
    }

    public static Map<String, Object> initiativeInput(String slug) {
        return vars(
                "slug",
                slug,
                "titleEn",
                "Test initiative " + slug,
                "kind",
                "MOU",
                "status",
                "SIGNED",
                "confidence",
                "HIGH");
    }

    public static String createInitiative(String slug) {
        return ok(CREATE_INITIATIVE, vars("input", initiativeInput(slug)))
                .extract()
                .path("data.createInitiative.id");
    }

    public static String createOrganisation(String slug) {
        return ok(
                        "mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }",
                        vars("input", vars("slug", slug, "nameEn", "Org " + slug, "type", "COMPANY", "country", "FR")))
                .extract()
                .path("data.createOrganisation.id");
    }

    public static String createDataCentre(String slug) {
        return ok(
                        CREATE_DATA_CENTRE,
                        vars(
                                "input",
                                vars(
                                        "slug",
                                        slug,
                                        "nameEn",
                                        "DC " + slug,
                                        "country",
                                        "SA",
                                        "status",
                                        "PLANNED",
                                        "confidence",
                                        "LOW")))
                .extract()
                .path("data.createDataCentre.id");
    }

    public static String createSource(String path) {
        return ok(
                        "mutation($input: SourceInput!) { createSource(input: $input) { id } }",
                        vars("input", vars("url", TestRecords.SOURCE_URL + path, "publisher", "Test", "quote", "«نص»")))
                .extract()
                .path("data.createSource.id");
    }

    public static ValidatableResponse expectError(ValidatableResponse response, String code) {
        return response.statusCode(200).body("errors[0].extensions.code", equalTo(code));
    }
}
