package io.jisr.initiative.service;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TimelineBucket")
@Description("One year or month of a timeline of initiatives.")
public record TimelineBucket(
        @NonNull @Description("The period: `2025` or `2025-04`.")
        String period,

        @NonNull @Description("Its first day.") LocalDate start,
        @NonNull @Description("Its last day.") LocalDate end,

        @NonNull @Description("Initiatives dated within this period, precisely enough to be sure of it.")
        int exact,

        @NonNull
        @Description("Initiatives that may fall in this period: known only to a quarter or a year that contains it. "
                + "Each is counted in every period it may fall in, and in the timeline's `imprecise`.")
        int possible,

        @NonNull
        @Description("The filter that selects the initiatives that can fall in this period (`exact` plus `possible`) "
                + "and keeps the rest.")
        InitiativeFilter filter) {}
