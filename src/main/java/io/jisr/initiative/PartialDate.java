package io.jisr.initiative;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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

    /** The date {@code text} gives ({@code 2025-04-16}, {@code 2025-04} or {@code 2025}); null if it is not one. */
    public static PartialDate parse(String text) {
        if (text == null || !text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return null;
        }
        DatePrecision precision = text.length() == 4 ? DatePrecision.YEAR
                : text.length() == 7 ? DatePrecision.MONTH : DatePrecision.DAY;
        try {
            return of(LocalDate.parse(switch (precision) {
                case YEAR -> text + "-01-01";
                case MONTH -> text + "-01";
                case DAY -> text;
            }), precision);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

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
