package io.jisr.initiative;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("InitiativeStatus")
@Description("Where an initiative stands. The wording a source used is kept in `statusNote`.")
public enum InitiativeStatus {
    @Description("Announced, not yet signed or started.")
    ANNOUNCED,
    @Description("Under discussion between the parties.")
    IN_TALKS,
    @Description("Signed.")
    SIGNED,
    @Description("Being carried out.")
    IN_PROGRESS,
    @Description("Completed, held, or in operation.")
    COMPLETED,
    @Description("Reported as stalled.")
    STALLED,
    @Description("Cancelled.")
    CANCELLED
}
