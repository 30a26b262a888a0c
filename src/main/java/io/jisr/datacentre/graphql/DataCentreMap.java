package io.jisr.datacentre.graphql;

import io.jisr.datacentre.DataCentreStatus;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The data centres of a list as GeoJSON (RFC 7946), typed so that selecting every field gives a valid document. */
public final class DataCentreMap {

    private DataCentreMap() {}

    @Type("DataCentreFeatureCollection")
    @Description("A GeoJSON FeatureCollection (RFC 7946) of data centres: select every field and hand the answer to a "
            + "map library as it is.")
    public record FeatureCollection(
            @NonNull @Description("Always `FeatureCollection`.")
            String type,

            @NonNull @Description("One feature per data centre with coordinates.")
            List<@NonNull Feature> features) {}

    @Type("DataCentreFeature")
    @Description("A GeoJSON Feature: one data centre as a point.")
    public record Feature(
            @NonNull @Description("Always `Feature`.") String type,

            @NonNull @Description("The data centre's global id.")
            String id,

            @NonNull @Description("Where it is.") Point geometry,

            @NonNull @Description("What a map shows about it.")
            Properties properties) {}

    @Type("GeoJsonPoint")
    @Description("A GeoJSON Point.")
    public record Point(
            @NonNull @Description("Always `Point`.") String type,

            @NonNull @Description("`[longitude, latitude]`, in that order (RFC 7946), WGS 84 degrees.")
            List<@NonNull Double> coordinates) {}

    @Type("DataCentreFeatureProperties")
    @Description("The properties of a data centre's feature.")
    public record Properties(
            @NonNull @Description("Slug of the data centre.")
            String slug,

            @NonNull @Description("Name in the requested language, with fallback.")
            String name,

            @NonNull @Description("Lifecycle stage.") DataCentreStatus status,

            @Description("Initial or current IT capacity in megawatts; null when unknown.")
            BigDecimal capacityMw,

            @Description("Announced target IT capacity in megawatts; null when unknown.")
            BigDecimal targetCapacityMw,

            @NonNull @Description("False when the point is the city's centre, an approximation.")
            boolean exact,

            @Description("Kilometres from `filter.near`; null without `near`.")
            Double distanceKm) {}
}
