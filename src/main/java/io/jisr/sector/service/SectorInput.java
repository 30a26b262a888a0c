package io.jisr.sector.service;

import io.jisr.common.Descriptions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("SectorInput")
@Description("Fields of a sector. On create, `slug` and `nameEn` are required. On update, a field left out stays "
        + "as it is and a field sent as null is cleared (where it may be empty).")
public class SectorInput {

    @Description("Stable key: lowercase words joined by hyphens, unique among sectors.")
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

    @Description("Description in English.")
    public String descriptionEn;

    @Description("Description in French.")
    public String descriptionFr;

    @Description("Description in Arabic.")
    public String descriptionAr;
}
