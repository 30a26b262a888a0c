package io.jisr.datacentre.service;

import io.jisr.common.validation.Latitude;
import io.jisr.common.validation.Longitude;
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
    @Latitude
    @Description("Southern edge (latitude), at most `north`.")
    public Double south;

    @NonNull
    @Longitude
    @Description("Western edge (longitude).")
    public Double west;

    @NonNull
    @Latitude
    @Description("Northern edge (latitude), at least `south`.")
    public Double north;

    @NonNull
    @Longitude
    @Description("Eastern edge (longitude).")
    public Double east;
}
