package io.jisr.common.editing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FieldChange")
@Description("One field's value before and after a change. Values are shown as text; null means no value.")
public record FieldChange(
        @NonNull @Description("The field, as named in the API input (for example `nameFr`), or the relation.")
        String field,

        @Description("The value before the change.") String oldValue,
        @Description("The value after the change.") String newValue) {}
