package io.jisr.datacentre;

import io.jisr.common.i18n.Labelled;
import io.jisr.common.i18n.Translations;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DataCentreStatus")
@Description("Lifecycle stage of a data centre. The wording a source used is kept in `statusNote`.")
public enum DataCentreStatus implements Labelled {
    @Description("Announced; no construction reported.")
    ANNOUNCED("Announced", "Annoncé", "معلن"),
    @Description("Planned, with a site, contract or timeline but no construction reported.")
    PLANNED("Planned", "Prévu", "مخطط له"),
    @Description("Being built.")
    UNDER_CONSTRUCTION("Under construction", "En construction", "قيد الإنشاء"),
    @Description("In service.")
    OPERATIONAL("Operational", "En service", "قيد التشغيل"),
    @Description("Taken out of service.")
    DECOMMISSIONED("Decommissioned", "Hors service", "خارج الخدمة");

    private final Translations label;

    DataCentreStatus(String en, String fr, String ar) {
        label = Translations.editorial(en, fr, ar);
    }

    /** Its name for people, in each language (the editors' wording). */
    @Override
    public Translations label() {
        return label;
    }
}
