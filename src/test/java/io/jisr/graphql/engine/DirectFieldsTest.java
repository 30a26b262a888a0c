package io.jisr.graphql.engine;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.jisr.graphql.DirectField;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.util.List;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;
import org.junit.jupiter.api.Test;

/** A @DirectField that would silently register nothing, or drop a rule SmallRye enforces, stops the start. */
class DirectFieldsTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator()
            .makeExecutableSchema(
                    new SchemaParser()
                            .parse(
                                    "type Query { changes: [Change] } type Change { field: String guarded: String validated(argument: String): String }"),
                    RuntimeWiring.newRuntimeWiring().build());

    /** A Java class published under another name, as ChangeRecord is published as Change. */
    @Type("Change")
    static class ChangeRecord {}

    public static class Api {
        @DirectField
        public List<String> field(@Source List<ChangeRecord> changes) {
            return List.of();
        }

        @DirectField
        public List<String> missing(@Source List<ChangeRecord> changes) {
            return List.of();
        }

        @DirectField
        @RolesAllowed("admin")
        public String guarded(@Source ChangeRecord change) {
            return null;
        }

        @DirectField
        public String validated(@Source ChangeRecord change, @Size(max = 3) String argument) {
            return null;
        }
    }

    private static FieldCoordinates check(String name) {
        Method method = List.of(Api.class.getMethods()).stream()
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow();
        FieldCoordinates coordinates = DirectFieldMethods.coordinates(method, DirectFieldMethods.isBatch(method));
        DirectFields.check(SCHEMA, method, coordinates);
        return coordinates;
    }

    @Test
    void shouldNameTheFieldOfTheTypeAsTheSchemaPublishesIt() {
        assertThat(check("field"), equalTo(FieldCoordinates.coordinates("Change", "field")));
    }

    @Test
    void shouldRefuseAFieldTheSchemaDoesNotHave() {
        assertThat(
                assertThrows(IllegalStateException.class, () -> check("missing"))
                        .getMessage(),
                containsString("Change.missing, which is not a field of the schema"));
    }

    @Test
    void shouldRefuseRolesAndValidationItWouldNotEnforce() {
        assertThat(
                assertThrows(IllegalStateException.class, () -> check("guarded"))
                        .getMessage(),
                containsString("RolesAllowed"));
        assertThat(
                assertThrows(IllegalStateException.class, () -> check("validated"))
                        .getMessage(),
                containsString("jakarta.validation.constraints.Size"));
    }
}
