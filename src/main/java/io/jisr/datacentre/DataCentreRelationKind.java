package io.jisr.datacentre;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DataCentreRelationKind")
@Description("How two data-centre records relate. Both are kept, never merged; the relation reads the same both ways.")
public enum DataCentreRelationKind {
    @Description("The two records may describe the same project: do not add their capacities.")
    POSSIBLE_DUPLICATE,
    @Description("The records share part of their capacity or equipment (a programme and a site it supplies): do "
            + "not count the shared part twice.")
    OVERLAPS
}
