package io.jisr.sector.service;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("SectorFilter")
@Description("Narrows a list of sectors.")
public class SectorFilter {

    @Size(max = 200)
    @Description("Case-insensitive text that the name (in any language) or slug contains.")
    public String search;
}
