package io.jisr.datacentre.service;

import io.jisr.common.Confidence;
import io.jisr.common.Descriptions;
import io.jisr.common.PartialDateInput;
import io.jisr.datacentre.Capability;
import io.jisr.datacentre.DataCentreStatus;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("DataCentreInput")
@Description(
        "Fields of a data centre. On create, `slug`, `nameEn`, `country`, `status` and `confidence` are "
                + "required. On update, a field left out stays as it is and a field sent as null is cleared (where it may be empty).")
public class DataCentreInput {

    @Description("Stable key: lowercase words joined by hyphens, unique among data centres.")
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

    @Id
    @Description("Global id of the operating organisation; null clears it.")
    public String operatorId;

    @Description("Partners as the sources named them, where no catalogue organisation matches.")
    public String partnersNote;

    @Description("City, or several separated by `;`.")
    public String city;

    @Description("Region or province.")
    public String region;

    @Description("ISO 3166-1 alpha-2 country code (required).")
    public String country;

    @Description("Latitude, -90 to 90; give longitude with it.")
    public Double latitude;

    @Description("Longitude, -180 to 180; give latitude with it.")
    public Double longitude;

    @Description("True when the point is the site itself, false for a city-level approximation.")
    public Boolean locationExact;

    @Description("Lifecycle stage (required).")
    public DataCentreStatus status;

    @Description(Descriptions.STATUS_AS_WORDED)
    public String statusNote;

    @Description("Initial or current capacity in MW, at least 0.")
    public BigDecimal capacityMw;

    @Description("Announced target capacity in MW, not below `capacityMw`.")
    public BigDecimal targetCapacityMw;

    @Description("How the sources describe the capacity.")
    public String capacityNote;

    @Description("When the data centre was first announced.")
    public PartialDateInput announced;

    @Description("When a source expects it to open; give `expectedOpeningSource` with it.")
    public PartialDateInput expectedOpening;

    @Id
    @Description("Global id of the source that gives the expected opening.")
    public String expectedOpeningSource;

    @Description("When it opened; not in the future. `year` follows this date, else the expected opening.")
    public PartialDateInput opened;

    @Description(Descriptions.CONFIDENCE_INPUT)
    public Confidence confidence;

    @Description(Descriptions.CONFLICT_NOTES_INPUT)
    public String conflictNote;

    @Description(Descriptions.NOTES)
    public String note;

    @Description("What the data centre offers; replaces the whole list.")
    public List<Capability> capabilities;
}
