package io.jisr.common.node;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RecordType")
@Description("The kinds of record in the catalogue.")
public enum NodeType {
    @Description("A sector.")
    SECTOR("Sector"),
    @Description("An organisation.")
    ORGANISATION("Organisation"),
    @Description("An initiative.")
    INITIATIVE("Initiative"),
    @Description("A data centre.")
    DATA_CENTRE("DataCentre"),
    @Description("A source.")
    SOURCE("Source");

    /** The name inside encoded global ids and of the named queries; never rename one. */
    public final String typeName;

    NodeType(String typeName) {
        this.typeName = typeName;
    }

    public static NodeType ofTypeName(String typeName) {
        for (NodeType type : values()) {
            if (type.typeName.equals(typeName)) {
                return type;
            }
        }
        throw new IllegalArgumentException(typeName);
    }
}
