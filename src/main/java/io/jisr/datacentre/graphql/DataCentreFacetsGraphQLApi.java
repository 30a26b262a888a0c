package io.jisr.datacentre.graphql;

import io.jisr.common.Descriptions;
import io.jisr.common.i18n.Language;
import io.jisr.common.i18n.LanguageSelector;
import io.jisr.common.i18n.LocalizedString;
import io.jisr.datacentre.service.CapacityGroup;
import io.jisr.datacentre.service.DataCentreDimension;
import io.jisr.datacentre.service.DataCentreFacetService;
import io.jisr.graphql.DirectField;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The facets of a list of data centres. Each is one SQL group-by over the list's own filter, resolved only when asked
 * for; a connection appears once per alias, so there is nothing to batch.
 */
@GraphQLApi
public class DataCentreFacetsGraphQLApi {

    @Inject
    DataCentreFacetService service;

    @Inject
    LanguageSelector languages;

    @NonNull
    @Description("Sectors served, by slug.")
    public List<@NonNull DataCentreFacetValue> sectors(@Source DataCentreFacets facets) {
        return values(facets, DataCentreDimension.SECTORS);
    }

    @NonNull
    @Description("Statuses.")
    public List<@NonNull DataCentreFacetValue> statuses(@Source DataCentreFacets facets) {
        return values(facets, DataCentreDimension.STATUSES);
    }

    @NonNull
    @Description("Capabilities offered.")
    public List<@NonNull DataCentreFacetValue> capabilities(@Source DataCentreFacets facets) {
        return values(facets, DataCentreDimension.CAPABILITIES);
    }

    @NonNull
    @Description("Countries (ISO 3166-1 alpha-2).")
    public List<@NonNull DataCentreFacetValue> countries(@Source DataCentreFacets facets) {
        return values(facets, DataCentreDimension.COUNTRIES);
    }

    @NonNull
    @Description("Operators, by slug.")
    public List<@NonNull DataCentreFacetValue> operators(@Source DataCentreFacets facets) {
        return values(facets, DataCentreDimension.OPERATORS);
    }

    @NonNull
    @Description("Cities, as `city` spells them.")
    public List<@NonNull DataCentreFacetValue> cities(@Source DataCentreFacets facets) {
        return values(facets, DataCentreDimension.CITIES);
    }

    @NonNull
    @Description(
            "Opening years (opened, else expected; data centres without one are left out); the filter selects the year with `yearFrom` and `yearTo`.")
    public List<@NonNull DataCentreFacetValue> years(@Source DataCentreFacets facets) {
        return values(facets, DataCentreDimension.YEARS);
    }

    @NonNull
    @Description("Capacity figures of the data centres matching the filter, split by status unless `byStatus` is "
            + "false (then announced and operating megawatts are added together), and by confidence on request.")
    public List<@NonNull CapacityGroup> capacity(
            @Source DataCentreConnection connection,
            @DefaultValue("true") @Description("One group per status.") boolean byStatus,
            @DefaultValue("false") @Description("One group per confidence.") boolean byConfidence) {
        return service.capacity(connection.filter(), byStatus, byConfidence);
    }

    @NonNull
    @Description("Every data centre matching the filter that has coordinates (not only this page), as a GeoJSON "
            + "FeatureCollection for a map.")
    public DataCentreMap.FeatureCollection geoJson(
            @Source DataCentreConnection connection, @Name("lang") @Description(Descriptions.LANG) Language lang) {
        List<DataCentreMap.Feature> features = service.located(connection.filter()).stream()
                .map(dc -> new DataCentreMap.Feature(
                        "Feature",
                        dc.getId(),
                        new DataCentreMap.Point("Point", List.of(dc.longitude, dc.latitude)),
                        new DataCentreMap.Properties(
                                dc.slug,
                                languages
                                        .localize(dc.getNameTranslations(), lang)
                                        .text(),
                                dc.status,
                                dc.capacityMw,
                                dc.targetCapacityMw,
                                Boolean.TRUE.equals(dc.locationExact),
                                DataCentreConnection.distanceKm(connection.filter(), dc))))
                .toList();
        return new DataCentreMap.FeatureCollection("FeatureCollection", features);
    }

    @DirectField
    @NonNull
    @Description("The value's name in the requested language, with fallback.")
    public LocalizedString label(
            @Source DataCentreFacetValue value, @Name("lang") @Description(Descriptions.LANG) Language lang) {
        return languages.localize(value.labels(), lang);
    }

    private List<DataCentreFacetValue> values(DataCentreFacets facets, DataCentreDimension dimension) {
        return service.facet(facets.filter(), dimension).stream()
                .map(facet ->
                        new DataCentreFacetValue(facet, service.selecting(facets.filter(), dimension, facet.value())))
                .toList();
    }
}
