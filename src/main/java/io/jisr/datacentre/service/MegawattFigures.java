package io.jisr.datacentre.service;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MegawattFigures")
@Description("Figures of a capacity in megawatts over the data centres that state it; the others are not counted.")
public record MegawattFigures(
        @NonNull @Description("How many data centres state the capacity.")
        int count,

        @Description("Their capacities added up; null when none states one.")
        BigDecimal sum,

        @Description("The smallest; null when none states one.")
        BigDecimal min,

        @Description("The largest; null when none states one.")
        BigDecimal max) {

    static MegawattFigures of(Object[] row, int at) {
        return new MegawattFigures(
                ((Number) row[at]).intValue(), decimal(row[at + 1]), decimal(row[at + 2]), decimal(row[at + 3]));
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).stripTrailingZeros();
    }
}
