package io.jisr.organisation.service;

import io.jisr.common.Descriptions;
import io.jisr.organisation.OrganisationType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("OrganisationInput")
@Description("Fields of an organisation. On create, `slug`, `nameEn` and `type` are required. On update, a field left "
        + "out stays as it is and a field sent as null is cleared (where it may be empty).")
public class OrganisationInput {

    @Description("Stable key: lowercase words joined by hyphens, unique among organisations.")
    public String slug;

    @Description(Descriptions.NAME_EN_INPUT)
    public String nameEn;

    @Description(Descriptions.NAME_FR_INPUT)
    public String nameFr;

    @Description(Descriptions.NAME_AR_INPUT)
    public String nameAr;

    @Description(Descriptions.TEXT_SOURCE_INPUT)
    @Id
    public String nameEnSource;

    @Description(Descriptions.TEXT_SOURCE_INPUT)
    @Id
    public String nameFrSource;

    @Description(Descriptions.TEXT_SOURCE_INPUT)
    @Id
    public String nameArSource;

    @Description("Usual abbreviation.")
    public String acronym;

    @Description("ISO 3166-1 alpha-2 country code, for example `SA`.")
    public String country;

    @Description("Official website (http or https URL).")
    public String website;

    @Description("What kind of body this is (required).")
    public OrganisationType type;

    @Description("The type as the sources worded it.")
    public String typeNote;

    @Description(Descriptions.NOTES)
    public String note;
}
