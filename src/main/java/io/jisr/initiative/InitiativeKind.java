package io.jisr.initiative;

import io.jisr.common.Descriptions;
import io.jisr.common.i18n.Labelled;
import io.jisr.common.i18n.Translations;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("InitiativeKind")
@Description("What form an initiative takes. The wording a source used is kept in `kindNote`.")
public enum InitiativeKind implements Labelled {
    @Description("Memorandum of understanding.")
    MOU("Memorandum of understanding", "Protocole d’accord", "مذكرة تفاهم"),
    @Description("A signed agreement other than an MoU or a contract.")
    AGREEMENT("Agreement", "Accord", "اتفاقية"),
    @Description("A commercial contract.")
    CONTRACT("Contract", "Contrat", "عقد"),
    @Description("A project the parties carry out together.")
    JOINT_PROJECT("Joint project", "Projet commun", "مشروع مشترك"),
    @Description("A research centre or laboratory.")
    RESEARCH_CENTRE("Research centre", "Centre de recherche", "مركز أبحاث"),
    @Description("An investment.")
    INVESTMENT("Investment", "Investissement", "استثمار"),
    @Description("A training, education or acceleration programme.")
    TRAINING_PROGRAMME("Training programme", "Programme de formation", "برنامج تدريبي"),
    @Description("A summit, forum, trade mission or other event.")
    EVENT("Event", "Événement", "فعالية"),
    @Description("Talks that have not (yet) produced an agreement.")
    TALKS("Talks", "Pourparlers", "محادثات"),
    @Description(Descriptions.OTHER)
    OTHER("Other", "Autre", "أخرى");

    private final Translations label;

    InitiativeKind(String en, String fr, String ar) {
        label = Translations.editorial(en, fr, ar);
    }

    /** Its name for people, in each language (the editors' wording). */
    @Override
    public Translations label() {
        return label;
    }
}
