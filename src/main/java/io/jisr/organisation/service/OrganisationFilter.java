package io.jisr.organisation.service;

import io.jisr.organisation.OrganisationType;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("OrganisationFilter")
@Description(
        "Narrows a list of organisations. Every field is optional; set fields combine with AND, list values with OR.")
public class OrganisationFilter {

    @Size(max = 50)
    @Description("Only organisations party to an initiative in one of these sectors (slugs).")
    public List<@Size(max = 100) String> sectors;

    @Size(max = 50)
    @Description("Only organisations from one of these countries (ISO 3166-1 alpha-2).")
    public List<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SA or FR") String>
            countries;

    @Description("Only organisations of one of these types.")
    public List<OrganisationType> types;

    @Size(max = 200)
    @Description("Case-insensitive text that the name (in any language), acronym or slug contains.")
    public String search;
}
