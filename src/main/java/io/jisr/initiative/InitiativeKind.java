package io.jisr.initiative;

import io.jisr.common.Descriptions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("InitiativeKind")
@Description("What form an initiative takes. The wording a source used is kept in `kindNote`.")
public enum InitiativeKind {
    @Description("Memorandum of understanding.")
    MOU,
    @Description("A signed agreement other than an MoU or a contract.")
    AGREEMENT,
    @Description("A commercial contract.")
    CONTRACT,
    @Description("A project the parties carry out together.")
    JOINT_PROJECT,
    @Description("A research centre or laboratory.")
    RESEARCH_CENTRE,
    @Description("An investment.")
    INVESTMENT,
    @Description("A training, education or acceleration programme.")
    TRAINING_PROGRAMME,
    @Description("A summit, forum, trade mission or other event.")
    EVENT,
    @Description("Talks that have not (yet) produced an agreement.")
    TALKS,
    @Description(Descriptions.OTHER)
    OTHER
}
