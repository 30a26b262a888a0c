package io.jisr.datacentre.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Input("BoxInput")
@Type("BoxSelection")
@Description("A box on the map, as a map view's bounds: south-west and north-east corners in WGS 84 degrees. A box "
        + "whose `west` is east of its `east` crosses the 180th meridian.")
public class BoxInput {

    @NonNull
    @NotNull
    @DecimalMin(value = "-90", message = "must be a latitude from -90 to 90")
    @DecimalMax(value = "90", message = "must be a latitude from -90 to 90")
    @Description("Southern edge (latitude), at most `north`.")
    public Double south;

    @NonNull
    @NotNull
    @DecimalMin(value = "-180", message = "must be a longitude from -180 to 180")
    @DecimalMax(value = "180", message = "must be a longitude from -180 to 180")
    @Description("Western edge (longitude).")
    public Double west;

    @NonNull
    @NotNull
    @DecimalMin(value = "-90", message = "must be a latitude from -90 to 90")
    @DecimalMax(value = "90", message = "must be a latitude from -90 to 90")
    @Description("Northern edge (latitude), at least `south`.")
    public Double north;

    @NonNull
    @NotNull
    @DecimalMin(value = "-180", message = "must be a longitude from -180 to 180")
    @DecimalMax(value = "180", message = "must be a longitude from -180 to 180")
    @Description("Eastern edge (longitude).")
    public Double east;
}
