package io.jisr.datacentre;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DataCentreStatus")
@Description("Lifecycle stage of a data centre. The wording a source used is kept in `statusNote`.")
public enum DataCentreStatus {
    @Description("Announced; no construction reported.")
    ANNOUNCED,
    @Description("Planned, with a site, contract or timeline but no construction reported.")
    PLANNED,
    @Description("Being built.")
    UNDER_CONSTRUCTION,
    @Description("In service.")
    OPERATIONAL,
    @Description("Taken out of service.")
    DECOMMISSIONED
}
