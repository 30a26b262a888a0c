package io.jisr.common;

import io.jisr.common.error.ValidationException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PartialDateInput")
@Description("A date at a stated precision. The value must have exactly that precision.")
public class PartialDateInput {
    @NonNull
    @Description("`2025-04-16` for DAY, `2025-04` for MONTH, `2026-Q2` for QUARTER, `2025` for YEAR.")
    public String value;

    @NonNull
    @Description("How precisely the date is known.")
    public DatePrecision precision;

    public PartialDateInput() {}

    public PartialDateInput(String value, DatePrecision precision) {
        this.value = value;
        this.precision = precision;
    }

    /** The date this input gives; a VALIDATION error on {@code field} when the value does not match the precision. */
    public PartialDate toDate(String field) {
        PartialDate parsed = PartialDate.parse(value);
        if (parsed == null || parsed.precision() != precision) {
            String example = switch (precision) {
                case DAY -> "2025-04-16";
                case MONTH -> "2025-04";
                case QUARTER -> "2026-Q2";
                case YEAR -> "2025";
            };
            throw ValidationException.of(
                    field, "'" + value + "' does not match precision " + precision + "; write it like " + example);
        }
        return parsed;
    }
}
