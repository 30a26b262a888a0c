package io.jisr.datacentre.service;

import io.jisr.common.validation.Latitude;
import io.jisr.common.validation.Longitude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Input("NearInput")
@Type("NearSelection")
@Description("A circle on the map: a centre (WGS 84 degrees) and a radius in kilometres, measured on the sphere.")
public class NearInput {

    @NonNull
    @Latitude
    @Description("Latitude of the centre, -90 to 90.")
    public Double latitude;

    @NonNull
    @Longitude
    @Description("Longitude of the centre, -180 to 180.")
    public Double longitude;

    @NonNull
    @NotNull
    @DecimalMin(value = "0", inclusive = false, message = "must be more than 0 km")
    @DecimalMax(value = "20100", message = "must be at most 20100 km (half the Earth's circumference)")
    @Description("Radius in kilometres, more than 0.")
    public Double radiusKm;
}
