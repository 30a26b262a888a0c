package io.jisr.organisation.graphql;

import io.jisr.common.Descriptions;
import io.jisr.common.i18n.Language;
import io.jisr.common.i18n.LanguageSelector;
import io.jisr.common.i18n.LocalizedString;
import io.jisr.graphql.DirectField;
import io.jisr.organisation.service.OrganisationDimension;
import io.jisr.organisation.service.OrganisationFacetService;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The facets of a list of organisations. Each is one SQL group-by over the list's own filter, resolved only when asked
 * for; a connection appears once per alias, so there is nothing to batch.
 */
@GraphQLApi
public class OrganisationFacetsGraphQLApi {

    @Inject
    OrganisationFacetService service;

    @Inject
    LanguageSelector languages;

    @NonNull
    @Description("Types.")
    public List<@NonNull OrganisationFacetValue> types(@Source OrganisationFacets facets) {
        return values(facets, OrganisationDimension.TYPES);
    }

    @NonNull
    @Description("Countries the organisations belong to (ISO 3166-1 alpha-2).")
    public List<@NonNull OrganisationFacetValue> countries(@Source OrganisationFacets facets) {
        return values(facets, OrganisationDimension.COUNTRIES);
    }

    @NonNull
    @Description("Sectors of the initiatives the organisations are party to, by slug.")
    public List<@NonNull OrganisationFacetValue> sectors(@Source OrganisationFacets facets) {
        return values(facets, OrganisationDimension.SECTORS);
    }

    @DirectField
    @NonNull
    @Description("The value's name in the requested language, with fallback.")
    public LocalizedString label(
            @Source OrganisationFacetValue value, @Name("lang") @Description(Descriptions.LANG) Language lang) {
        return languages.localize(value.labels(), lang);
    }

    private List<OrganisationFacetValue> values(OrganisationFacets facets, OrganisationDimension dimension) {
        return service.facet(facets.filter(), dimension).stream()
                .map(facet ->
                        new OrganisationFacetValue(facet, service.selecting(facets.filter(), dimension, facet.value())))
                .toList();
    }
}
