package io.jisr.datacentre.service;

import io.jisr.common.Confidence;
import io.jisr.datacentre.DataCentreStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CapacityGroup")
@Description("Capacity figures of the data centres of one group (status, confidence, as asked), current and targeted.")
public record CapacityGroup(
        @Description("The group's status; null when not grouped by status.")
        DataCentreStatus status,

        @Description("The group's confidence; null when not grouped by confidence.")
        Confidence confidence,

        @NonNull @Description("Data centres in the group.") int dataCentres,

        @NonNull @Description("Initial or current IT capacity (`capacityMw`).")
        MegawattFigures capacityMw,

        @NonNull @Description("Announced target IT capacity (`targetCapacityMw`).")
        MegawattFigures targetCapacityMw) {}
