package io.jisr.initiative;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PartialDate")
@Description("A date known to a day, a month or a year. `2025-04` means some day in April 2025, not 1 April.")
public record PartialDate(
        @NonNull @Description("ISO 8601 text at the known precision: `2025-04-16`, `2025-04` or `2025`.") String text,
        @NonNull @Description("How precisely the date is known.") DatePrecision precision,
        @NonNull @Description("First day the date can be.") LocalDate earliest,
        @NonNull @Description("Last day the date can be.") LocalDate latest) {

    public static PartialDate of(LocalDate start, DatePrecision precision) {
        if (start == null || precision == null) {
            return null;
        }
        return switch (precision) {
            case DAY -> new PartialDate(start.toString(), precision, start, start);
            case MONTH -> new PartialDate(start.toString().substring(0, 7), precision, start,
                    start.withDayOfMonth(start.lengthOfMonth()));
            case YEAR -> new PartialDate(String.valueOf(start.getYear()), precision, start,
                    start.withDayOfYear(start.lengthOfYear()));
        };
    }
}
