package io.jisr.datacentre;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("GeoLocation")
@Description("A point on the map (WGS 84).")
public record GeoLocation(
        @NonNull @Description("Latitude in degrees, -90 to 90.")
        double latitude,

        @NonNull @Description("Longitude in degrees, -180 to 180.")
        double longitude,

        @NonNull
        @Description("True for the site itself; false when the point is the centre of the city (an approximation).")
        boolean exact) {

    /** The point, or null when a coordinate is missing. */
    public static GeoLocation of(Double latitude, Double longitude, Boolean exact) {
        return latitude == null || longitude == null
                ? null
                : new GeoLocation(latitude, longitude, Boolean.TRUE.equals(exact));
    }
}
