package io.jisr.initiative.service;

import io.jisr.initiative.InitiativeKind;
import io.jisr.initiative.InitiativeStatus;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("InitiativeFilter")
@Description(
        "Narrows a list of initiatives. Every field is optional; set fields combine with AND, list values with OR.")
public class InitiativeFilter {

    @Size(max = 50)
    @Description("Only initiatives in one of these sectors (slugs).")
    public List<@Size(max = 100) String> sectors;

    @Size(max = 50)
    @Description("Only initiatives with one of these organisations as a party (slugs).")
    public List<@Size(max = 100) String> organisations;

    @Size(max = 50)
    @Description("Only initiatives with a party acting for one of these countries (ISO 3166-1 alpha-2).")
    public List<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SA or FR") String>
            countries;

    @Description("Only initiatives in one of these statuses.")
    public List<InitiativeStatus> statuses;

    @Description("Only initiatives of one of these kinds.")
    public List<InitiativeKind> kinds;

    @Size(max = 50)
    @Description("Only initiatives linked to one of these data centres (slugs).")
    public List<@Size(max = 100) String> dataCentres;

    @Description("Only initiatives whose date can fall on or after this day. Undated initiatives are excluded.")
    public LocalDate dateFrom;

    @Description("Only initiatives whose date can fall on or before this day. Undated initiatives are excluded.")
    public LocalDate dateTo;

    @Size(max = 200)
    @Description("Case-insensitive text that the title (in any language) or slug contains.")
    public String search;
}
