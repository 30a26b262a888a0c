package io.jisr.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PartialDate")
@Description(
        "A date known to a day, a month, a quarter or a year. `2025-04` means some day in April 2025, not 1 April.")
public record PartialDate(
        @NonNull @Description("ISO 8601 text at the known precision: `2025-04-16`, `2025-04`, `2026-Q2` or `2025`.")
        String text,

        @NonNull @Description("How precisely the date is known.")
        DatePrecision precision,

        @NonNull @Description("First day the date can be.") LocalDate earliest,
        @NonNull @Description("Last day the date can be.") LocalDate latest) {

    /** The date {@code text} gives ({@code 2025-04-16}, {@code 2025-04}, {@code 2026-Q2} or {@code 2025}); else null. */
    public static PartialDate parse(String text) {
        if (text == null || !text.matches("\\d{4}(-(\\d{2}(-\\d{2})?|Q[1-4]))?")) {
            return null;
        }
        DatePrecision precision = text.length() == 4
                ? DatePrecision.YEAR
                : text.charAt(5) == 'Q'
                        ? DatePrecision.QUARTER
                        : text.length() == 7 ? DatePrecision.MONTH : DatePrecision.DAY;
        try {
            return of(
                    LocalDate.parse(
                            switch (precision) {
                                case YEAR -> text + "-01-01";
                                case QUARTER ->
                                    String.format("%s-%02d-01", text.substring(0, 4), (text.charAt(6) - '1') * 3 + 1);
                                case MONTH -> text + "-01";
                                case DAY -> text;
                            }),
                    precision);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The date starting on {@code start} at {@code precision} (a quarter starts on its first month). */
    public static PartialDate of(LocalDate start, DatePrecision precision) {
        if (start == null || precision == null) {
            return null;
        }
        return switch (precision) {
            case DAY -> new PartialDate(start.toString(), precision, start, start);
            case MONTH ->
                new PartialDate(
                        start.toString().substring(0, 7),
                        precision,
                        start,
                        start.withDayOfMonth(start.lengthOfMonth()));
            case QUARTER -> {
                LocalDate first = start.withDayOfMonth(1).withMonth((start.getMonthValue() - 1) / 3 * 3 + 1);
                LocalDate last = first.plusMonths(2);
                yield new PartialDate(
                        start.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1),
                        precision,
                        first,
                        last.withDayOfMonth(last.lengthOfMonth()));
            }
            case YEAR ->
                new PartialDate(
                        String.valueOf(start.getYear()), precision, start, start.withDayOfYear(start.lengthOfYear()));
        };
    }
}
