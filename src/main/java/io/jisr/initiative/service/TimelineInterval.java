package io.jisr.initiative.service;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("TimelineInterval")
@Description("How long each bucket of a timeline is.")
public enum TimelineInterval {
    @Description("A calendar year: every dated initiative is exact for its year.")
    YEAR,
    @Description("A calendar month: initiatives known only to the quarter or year are possible in each of its months.")
    MONTH
}
