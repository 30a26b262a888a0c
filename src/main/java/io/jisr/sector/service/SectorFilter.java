package io.jisr.sector.service;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.jisr.common.Descriptions;

@Input("SectorFilter")
@Description("Narrows a list of sectors.")
public class SectorFilter {

    @Size(max = 200)
    @Description(Descriptions.NAME_SEARCH)
    public String search;
}
