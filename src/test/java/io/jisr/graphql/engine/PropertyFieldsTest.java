package io.jisr.graphql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.Scalars;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import org.eclipse.microprofile.graphql.Name;
import org.junit.jupiter.api.Test;

/** Plain tests: which accessor a field reads, and which fields stay with SmallRye. */
class PropertyFieldsTest {

    public static class Entity {
        public String title = "field";

        @Name("label")
        public String caption = "renamed field";

        public String hidden = "field only";

        public String getTitle() {
            return "getter";
        }

        public String getCaption() {
            return "renamed getter";
        }

        public boolean isActive() {
            return true;
        }

        @Name("total")
        public int count() {
            return 7;
        }
    }

    public record Page(String cursor) {}

    private static Object read(Class<?> type, String name, Object source) throws Throwable {
        return PropertyFields.accessor(type, name).invoke(source);
    }

    @Test
    void shouldPreferTheGetterToItsPublicField() throws Throwable {
        // Hibernate proxies load in their getters; their fields stay empty.
        assertEquals("getter", read(Entity.class, "title", new Entity()));
        assertEquals("renamed getter", read(Entity.class, "label", new Entity()));
    }

    @Test
    void shouldFindFieldsBooleanGettersRenamedMethodsAndRecordComponents() throws Throwable {
        assertEquals("field only", read(Entity.class, "hidden", new Entity()));
        assertEquals(true, read(Entity.class, "active", new Entity()));
        assertEquals(7, read(Entity.class, "total", new Entity()));
        assertEquals("abc", read(Page.class, "cursor", new Page("abc")));
    }

    @Test
    void shouldFindNothingForAnUnknownName() {
        assertNull(PropertyFields.accessor(Entity.class, "missing"));
    }

    @Test
    void shouldLeaveValuesSmallRyeFormatsToSmallRye() {
        GraphQLScalarType dateTime = GraphQLScalarType.newScalar()
                .name("DateTime")
                .coercing(Scalars.GraphQLString.getCoercing())
                .build();
        GraphQLEnumType status =
                GraphQLEnumType.newEnum().name("Status").value("OPEN").build();
        GraphQLObjectType object = GraphQLObjectType.newObject()
                .name("Thing")
                .field(f -> f.name("id").type(Scalars.GraphQLID))
                .build();
        assertTrue(PropertyFields.servedAsIs(GraphQLNonNull.nonNull(Scalars.GraphQLInt)));
        assertTrue(PropertyFields.servedAsIs(GraphQLList.list(GraphQLNonNull.nonNull(object))));
        assertTrue(PropertyFields.servedAsIs(status));
        assertFalse(PropertyFields.servedAsIs(dateTime));
        assertFalse(PropertyFields.servedAsIs(GraphQLList.list(dateTime)));
    }

    @Test
    void shouldReplaceOnlySmallRyesDefaultFieldVisibility() {
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY, FieldVisibility.replacement("default"));
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY, FieldVisibility.replacement(null));
        assertNull(FieldVisibility.replacement("no-introspection"));
        assertNull(FieldVisibility.replacement("Organisation.secret"));
    }
}
