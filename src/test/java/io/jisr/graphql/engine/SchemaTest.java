package io.jisr.graphql.engine;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SchemaTest {

    private static final Path COMMITTED = Path.of("src/main/graphql/schema.graphql");

    @jakarta.inject.Inject
    jakarta.enterprise.inject.Instance<GraphQLSchema> served;

    @Test
    void shouldResolveDirectFieldsWithoutSmallRyesFetcher() {
        GraphQLSchema schema = served.get();
        for (String[] field : new String[][] {
            {"Initiative", "title"},
            {"Initiative", "summary"},
            {"Sector", "name"},
            {"Sector", "description"},
            {"Organisation", "name"},
            {"DataCentre", "name"},
            {"Initiative", "sectors"},
            {"Initiative", "partners"},
            {"Sector", "initiatives"},
            {"DataCentre", "operator"}
        }) {
            var coordinates = graphql.schema.FieldCoordinates.coordinates(field[0], field[1]);
            var fetcher = schema.getCodeRegistry()
                    .getDataFetcher(coordinates, schema.getObjectType(field[0]).getFieldDefinition(field[1]));
            assertTrue(fetcher.getClass().getName().startsWith("io.jisr."), field[0] + "." + field[1] + ": " + fetcher);
        }
    }

    @Test
    void shouldReadPlainPropertiesWithoutSmallRyesFetcher() {
        GraphQLSchema schema = served.get();
        for (String[] field : new String[][] {
            {"InitiativeConnection", "totalCount"},
            {"InitiativeConnection", "edges"},
            {"Initiative", "status"},
            {"InitiativeParty", "role"},
            {"LocalizedString", "text"}
        }) {
            var coordinates = graphql.schema.FieldCoordinates.coordinates(field[0], field[1]);
            var fetcher = schema.getCodeRegistry()
                    .getDataFetcher(coordinates, schema.getObjectType(field[0]).getFieldDefinition(field[1]));
            assertTrue(fetcher.getClass().getName().startsWith("io.jisr."), field[0] + "." + field[1] + ": " + fetcher);
        }
        // SmallRye's default visibility runs a regular expression on every field look-up (FieldVisibility).
        assertEquals(
                graphql.schema.visibility.DefaultGraphqlFieldVisibility.class,
                schema.getCodeRegistry().getFieldVisibility().getClass());
    }

    @Test
    void shouldServeTheCommittedSchema() throws IOException {
        String served = given().when()
                .get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Path actual = Path.of("target/schema.graphql");
        Files.writeString(actual, served, StandardCharsets.UTF_8);
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        // A list's assumed size is measured in the data, which other tests change: which lists carry one is schema,
        // the number is not.
        assertEquals(
                withoutMeasuredSizes(committed),
                withoutMeasuredSizes(served),
                "The served schema differs from " + COMMITTED
                        + ". Review target/schema.graphql and copy it over if the change is intended.");
    }

    private static String withoutMeasuredSizes(String sdl) {
        return sdl.replaceAll("@listSize\\(assumedSize : \\d+\\)", "@listSize(assumedSize : n)");
    }

    @Test
    void shouldBuildTheCommittedSchemaOnItsOwn() throws IOException {
        // Parsing and building fails on any type that is used but not declared, such as an undeclared scalar.
        TypeDefinitionRegistry registry = new SchemaParser().parse(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
        for (String scalar : List.of("DateTime", "Date", "BigDecimal")) {
            GraphQLScalarType type = (GraphQLScalarType) schema.getType(scalar);
            assertTrue(
                    type != null
                            && type.getDescription() != null
                            && !type.getDescription().startsWith("Scalar for"),
                    scalar + " is declared with its wire format");
        }
        assertEquals(
                List.of(),
                schema.getAllTypesAsList().stream()
                        .filter(type -> type instanceof GraphQLScalarType
                                && !ScalarInfo.isGraphqlSpecifiedScalar(type.getName()))
                        .map(GraphQLNamedType::getName)
                        .filter(name ->
                                !List.of("DateTime", "Date", "BigDecimal").contains(name))
                        .toList(),
                "scalars nothing uses");
        assertEquals(
                "[ID!]!",
                GraphQLTypeUtil.simplePrint(schema.getQueryType()
                        .getFieldDefinition("nodes")
                        .getArgument("ids")
                        .getType()));
    }

    @Test
    void shouldDescribeEveryTypeFieldArgumentAndEnumValue() {
        String sdl =
                given().when().get("/graphql/schema.graphql").then().extract().asString();
        // A definition line not preceded by a description line ("..." or """) is undocumented.
        String[] lines = sdl.split("\n");
        Pattern definition = Pattern.compile(
                "^\\s*(type|interface|input|enum)\\s+\\w+|^\\s+[A-Za-z_]\\w*\\s*[(:]|^\\s+[A-Z][A-Z0-9_]+\\s*$");
        StringBuilder missing = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            Matcher m = definition.matcher(lines[i]);
            String previous = lines[i - 1].trim();
            boolean builtIn = lines[i].contains("__") || isBuiltInBlock(lines, i);
            if (m.find() && !builtIn && !(previous.endsWith("\"") || previous.endsWith("\"\"\""))) {
                missing.append(lines[i].trim()).append('\n');
            }
        }
        assertEquals("", missing.toString(), "Undocumented schema elements");
    }

    @Test
    void shouldAllowGraphiQLIntrospection() {
        String introspection = """
                query IntrospectionQuery { __schema { queryType { name } types { ...FullType } } }
                fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name args { ...InputValue } type { ...TypeRef } } inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name } possibleTypes { ...TypeRef } }
                fragment InputValue on __InputValue { name type { ...TypeRef } defaultValue }
                fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
                """;
        String body = given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(Map.of("query", introspection))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(body.contains("\"queryType\":{\"name\":\"Query\"}") && !body.contains("\"errors\""), body);
    }

    private static boolean isBuiltInBlock(String[] lines, int index) {
        for (int i = index; i >= 0; i--) {
            String line = lines[i];
            if (line.startsWith("type ")
                    || line.startsWith("enum ")
                    || line.startsWith("input ")
                    || line.startsWith("interface ")
                    || line.startsWith("directive ")
                    || line.startsWith("scalar ")) {
                return line.startsWith("directive ") || line.startsWith("scalar ");
            }
            if (line.startsWith("directive")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void shouldRecogniseSmallRyesFetchersOnTheBuiltSchema() throws IOException {
        // SelectionFreeFields finds SmallRye's fetchers by the package of their class: every root field has one.
        GraphQLSchema committed = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser()
                .parse(Files.readString(Path.of("src/main/graphql/schema.graphql"), StandardCharsets.UTF_8)));
        int rootFields = committed.getQueryType().getFieldDefinitions().size()
                + committed.getMutationType().getFieldDefinitions().size();
        assertTrue(
                SelectionFreeFields.recognised() >= rootFields,
                "SmallRye's fetchers are no longer recognised by "
                        + "their package (SelectionFreeFields.isSmallRyes): " + SelectionFreeFields.recognised()
                        + " of at least "
                        + rootFields);
    }
}
