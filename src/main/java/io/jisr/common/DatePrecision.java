package io.jisr.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DatePrecision")
@Description("How precisely a date is known.")
public enum DatePrecision {
    @Description("The exact day, `2025-04-16`.")
    DAY,
    @Description("Only the month, `2025-04`.")
    MONTH,
    @Description("Only the quarter, `2026-Q2` (April to June), as sources give expected dates.")
    QUARTER,
    @Description("Only the year, `2025`.")
    YEAR
}
