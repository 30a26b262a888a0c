package io.jisr.sector.service;

import io.jisr.common.Descriptions;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("SectorFilter")
@Description("Narrows a list of sectors.")
public class SectorFilter {

    @Size(max = 200)
    @Description(Descriptions.NAME_SEARCH)
    public String search;
}
