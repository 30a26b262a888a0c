package io.jisr.initiative.graphql;

import io.jisr.common.Descriptions;
import io.jisr.common.i18n.Language;
import io.jisr.common.i18n.LanguageSelector;
import io.jisr.common.i18n.LocalizedString;
import io.jisr.graphql.DirectField;
import io.jisr.initiative.service.CurrencyTotal;
import io.jisr.initiative.service.InitiativeDimension;
import io.jisr.initiative.service.InitiativeFacetService;
import io.jisr.initiative.service.Timeline;
import io.jisr.initiative.service.TimelineInterval;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The facets of a list of initiatives. Each is one SQL group-by over the list's own filter, resolved only when asked
 * for; a connection appears once per alias, so there is nothing to batch.
 */
@GraphQLApi
public class InitiativeFacetsGraphQLApi {

    @Inject
    InitiativeFacetService service;

    @Inject
    LanguageSelector languages;

    @NonNull
    @Description("Sectors, by slug.")
    public List<@NonNull InitiativeFacetValue> sectors(@Source InitiativeFacets facets) {
        return values(facets, InitiativeDimension.SECTORS);
    }

    @NonNull
    @Description("Organisations taking part, by slug.")
    public List<@NonNull InitiativeFacetValue> organisations(@Source InitiativeFacets facets) {
        return values(facets, InitiativeDimension.ORGANISATIONS);
    }

    @NonNull
    @Description("Countries a party acts for (ISO 3166-1 alpha-2).")
    public List<@NonNull InitiativeFacetValue> countries(@Source InitiativeFacets facets) {
        return values(facets, InitiativeDimension.COUNTRIES);
    }

    @NonNull
    @Description("Statuses.")
    public List<@NonNull InitiativeFacetValue> statuses(@Source InitiativeFacets facets) {
        return values(facets, InitiativeDimension.STATUSES);
    }

    @NonNull
    @Description("Kinds.")
    public List<@NonNull InitiativeFacetValue> kinds(@Source InitiativeFacets facets) {
        return values(facets, InitiativeDimension.KINDS);
    }

    @NonNull
    @Description("Years of the initiatives' dates (undated initiatives have none); the filter selects the year with "
            + "`dateFrom` and `dateTo`.")
    public List<@NonNull InitiativeFacetValue> years(@Source InitiativeFacets facets) {
        return values(facets, InitiativeDimension.YEARS);
    }

    @NonNull
    @Description("The stated values of the initiatives matching the filter, added up per currency: never converted, "
            + "so amounts in SAR and EUR stay apart. Initiatives without a stated value are not counted.")
    public List<@NonNull CurrencyTotal> valueTotals(@Source InitiativeConnection connection) {
        return service.valueTotals(connection.filter());
    }

    @NonNull
    @Description("The initiatives matching the filter by year or month of their dates, honest about partial dates.")
    public Timeline timeline(
            @Source InitiativeConnection connection,
            @DefaultValue("YEAR") @Description("How long each bucket is.") TimelineInterval interval) {
        return service.timeline(connection.filter(), interval);
    }

    @DirectField
    @NonNull
    @Description("The value's name in the requested language, with fallback.")
    public LocalizedString label(
            @Source InitiativeFacetValue value, @Name("lang") @Description(Descriptions.LANG) Language lang) {
        return languages.localize(value.labels(), lang);
    }

    private List<InitiativeFacetValue> values(InitiativeFacets facets, InitiativeDimension dimension) {
        return service.facet(facets.filter(), dimension).stream()
                .map(facet ->
                        new InitiativeFacetValue(facet, service.selecting(facets.filter(), dimension, facet.value())))
                .toList();
    }
}
