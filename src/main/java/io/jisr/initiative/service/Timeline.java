package io.jisr.initiative.service;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("InitiativeTimeline")
@Description("Initiatives by period, honest about partial dates: the `exact` counts of the buckets, `imprecise` and "
        + "`undated` add up to the list's `totalCount`.")
public record Timeline(
        @NonNull @Description("The periods with initiatives, oldest first.")
        List<@NonNull TimelineBucket> buckets,

        @NonNull
        @Description("Dated initiatives whose date is less precise than the interval (a year or quarter in a monthly "
                + "timeline): not `exact` in any bucket, `possible` in each they may fall in.")
        int imprecise,

        @NonNull @Description("Initiatives without a date, in no bucket.")
        int undated) {}
