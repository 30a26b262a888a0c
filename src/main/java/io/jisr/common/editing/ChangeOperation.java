package io.jisr.common.editing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ChangeOperation")
@Description("What a change did to a record.")
public enum ChangeOperation {
    @Description("The record was created.")
    CREATE,
    @Description("Fields of the record changed.")
    UPDATE,
    @Description("The record was deleted.")
    DELETE,
    @Description("A relation was added to the record.")
    LINK,
    @Description("A relation was removed from the record.")
    UNLINK
}
