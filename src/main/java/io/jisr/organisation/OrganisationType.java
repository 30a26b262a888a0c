package io.jisr.organisation;

import io.jisr.common.Descriptions;
import io.jisr.common.i18n.Labelled;
import io.jisr.common.i18n.Translations;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("OrganisationType")
@Description("What kind of body an organisation is. The wording a source used is kept in `typeNote`.")
public enum OrganisationType implements Labelled {
    @Description("A national government as a whole.")
    GOVERNMENT("Government", "Gouvernement", "حكومة"),
    @Description("A government ministry.")
    MINISTRY("Ministry", "Ministère", "وزارة"),
    @Description("A public agency or authority.")
    AGENCY("Agency or authority", "Agence ou autorité", "هيئة أو وكالة"),
    @Description("A regulator.")
    REGULATOR("Regulator", "Régulateur", "جهة تنظيمية"),
    @Description("A company, public or private.")
    COMPANY("Company", "Entreprise", "شركة"),
    @Description("A start-up, or a group of them.")
    START_UP("Start-up", "Start-up", "شركة ناشئة"),
    @Description("A university.")
    UNIVERSITY("University", "Université", "جامعة"),
    @Description("A research institute.")
    RESEARCH_INSTITUTE("Research institute", "Institut de recherche", "معهد بحثي"),
    @Description("A hospital, hospital system or care provider.")
    HOSPITAL("Hospital or care provider", "Hôpital ou établissement de soins", "مستشفى أو مقدم رعاية صحية"),
    @Description("An investor, such as a sovereign wealth fund.")
    INVESTOR("Investor", "Investisseur", "مستثمر"),
    @Description("An industry or professional association.")
    ASSOCIATION("Association", "Association", "جمعية"),
    @Description("An embassy or diplomatic mission.")
    EMBASSY("Embassy", "Ambassade", "سفارة"),
    @Description("A government programme.")
    PROGRAMME("Government programme", "Programme public", "برنامج حكومي"),
    @Description(Descriptions.OTHER)
    OTHER("Other", "Autre", "أخرى");

    private final Translations label;

    OrganisationType(String en, String fr, String ar) {
        label = Translations.editorial(en, fr, ar);
    }

    /** Its name for people, in each language (the editors' wording). */
    @Override
    public Translations label() {
        return label;
    }
}
