package io.jisr.sector.service;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("SectorInput")
@Description("Fields of a sector. On create, `slug` and `nameEn` are required. On update, a field left out stays "
        + "as it is and a field sent as null is cleared (where it may be empty).")
public class SectorInput {

    @Description("Stable key: lowercase words joined by hyphens, unique among sectors.")
    public String slug;

    @Description("Name in English (required).")
    public String nameEn;

    @Description("Name in French.")
    public String nameFr;

    @Description("Name in Arabic.")
    public String nameAr;

    @Description("Description in English.")
    public String descriptionEn;

    @Description("Description in French.")
    public String descriptionFr;

    @Description("Description in Arabic.")
    public String descriptionAr;
}
