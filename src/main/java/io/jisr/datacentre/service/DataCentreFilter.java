package io.jisr.datacentre.service;

import io.jisr.common.Descriptions;
import io.jisr.datacentre.Capability;
import io.jisr.datacentre.DataCentreStatus;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("DataCentreFilter")
@Description(
        "Narrows a list of data centres. Every field is optional; set fields combine with AND, list values with OR.")
public class DataCentreFilter {

    @Size(max = 50)
    @Description("Only data centres serving one of these sectors (slugs).")
    public List<@Size(max = 100) String> sectors;

    @Size(max = 50)
    @Description("Only data centres operated by, or partnered with, one of these organisations (slugs).")
    public List<@Size(max = 100) String> organisations;

    @Size(max = 50)
    @Description("Only data centres in one of these countries (ISO 3166-1 alpha-2).")
    public List<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SA or FR") String>
            countries;

    @Description("Only data centres in one of these statuses.")
    public List<DataCentreStatus> statuses;

    @Description("Only data centres offering at least one of these capabilities.")
    public List<Capability> capabilities;

    @Size(max = 200)
    @Description("Case-insensitive text the city contains, for example `riyadh`.")
    public String city;

    @Description("Only data centres opened, or expected to open, in this year or later (`year`).")
    public Integer yearFrom;

    @Description("Only data centres opened, or expected to open, in this year or earlier (`year`).")
    public Integer yearTo;

    @Description("Only data centres announced in this year or later.")
    public Integer announcedFrom;

    @Description("Only data centres announced in this year or earlier.")
    public Integer announcedTo;

    @Size(max = 200)
    @Description(Descriptions.NAME_SEARCH)
    public String search;
}
