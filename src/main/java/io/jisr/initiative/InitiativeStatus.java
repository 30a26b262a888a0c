package io.jisr.initiative;

import io.jisr.common.i18n.Labelled;
import io.jisr.common.i18n.Translations;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("InitiativeStatus")
@Description("Where an initiative stands. The wording a source used is kept in `statusNote`.")
public enum InitiativeStatus implements Labelled {
    @Description("Announced, not yet signed or started.")
    ANNOUNCED("Announced", "Annoncée", "معلنة"),
    @Description("Under discussion between the parties.")
    IN_TALKS("In talks", "En négociation", "قيد التفاوض"),
    @Description("Signed.")
    SIGNED("Signed", "Signée", "موقعة"),
    @Description("Being carried out.")
    IN_PROGRESS("In progress", "En cours", "قيد التنفيذ"),
    @Description("Completed, held, or in operation.")
    COMPLETED("Completed", "Achevée", "مكتملة"),
    @Description("Reported as stalled.")
    STALLED("Stalled", "À l’arrêt", "متعثرة"),
    @Description("Cancelled.")
    CANCELLED("Cancelled", "Annulée", "ملغاة");

    private final Translations label;

    InitiativeStatus(String en, String fr, String ar) {
        label = Translations.editorial(en, fr, ar);
    }

    /** Its name for people, in each language (the editors' wording). */
    @Override
    public Translations label() {
        return label;
    }
}
