package io.jisr.datacentre;

import io.jisr.common.DatePrecision;
import io.jisr.common.PartialDate;
import io.jisr.common.error.ValidationException;
import io.jisr.source.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A data centre's dates kept apart, each a partial date: when it was announced, when a source expects it to open
 * (with that source), when it opened. The data centre's {@code year} is the opening, else the expected opening.
 */
@Embeddable
public class DataCentreDates {

    /** The dates, by the name of their input field. */
    public enum Field {
        ANNOUNCED("announced"),
        EXPECTED_OPENING("expectedOpening"),
        OPENED("opened");

        public final String inputField;

        Field(String inputField) {
            this.inputField = inputField;
        }

        /** The date whose input field is {@code inputField}; null for any other name. */
        public static Field of(String inputField) {
            for (Field field : values()) {
                if (field.inputField.equals(inputField)) {
                    return field;
                }
            }
            return null;
        }
    }

    @Column(name = "announced_on")
    public LocalDate announcedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "announced_precision", length = 10)
    public DatePrecision announcedPrecision;

    @Column(name = "expected_opening_on")
    public LocalDate expectedOpeningOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "expected_opening_precision", length = 10)
    public DatePrecision expectedOpeningPrecision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "expected_opening_source_id")
    public Source expectedOpeningSource;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "opened_precision", length = 10)
    public DatePrecision openedPrecision;

    PartialDate announced() {
        return PartialDate.of(announcedOn, announcedPrecision);
    }

    PartialDate expectedOpening() {
        return PartialDate.of(expectedOpeningOn, expectedOpeningPrecision);
    }

    PartialDate opened() {
        return PartialDate.of(openedOn, openedPrecision);
    }

    /** The announced, expected-opening or opened date. */
    public PartialDate get(Field field) {
        return switch (field) {
            case ANNOUNCED -> announced();
            case EXPECTED_OPENING -> expectedOpening();
            case OPENED -> opened();
        };
    }

    /** The expected opening has passed and nothing says the data centre opened. */
    boolean overdue(DataCentreStatus status) {
        PartialDate expected = expectedOpening();
        return expected != null
                && openedOn == null
                && status != DataCentreStatus.OPERATIONAL
                && status != DataCentreStatus.DECOMMISSIONED
                && expected.latest().isBefore(LocalDate.now(ZoneOffset.UTC));
    }

    /** Sets one date; returns the year of the opening, else of the expected opening (null when neither is known). */
    Integer set(Field field, PartialDate date) {
        LocalDate start = date == null ? null : date.earliest();
        DatePrecision precision = date == null ? null : date.precision();
        switch (field) {
            case ANNOUNCED -> {
                announcedOn = start;
                announcedPrecision = precision;
            }
            case EXPECTED_OPENING -> {
                expectedOpeningOn = start;
                expectedOpeningPrecision = precision;
            }
            case OPENED -> {
                openedOn = start;
                openedPrecision = precision;
            }
        }
        return openedOn != null
                ? Integer.valueOf(openedOn.getYear())
                : expectedOpeningOn != null ? Integer.valueOf(expectedOpeningOn.getYear()) : null;
    }

    List<ValidationException.FieldError> ruleViolations() {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (openedOn != null && openedOn.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            errors.add(new ValidationException.FieldError(
                    "opened", "must not be in the future; give an expected opening instead"));
        }
        if (expectedOpeningSource != null && expectedOpeningOn == null) {
            errors.add(new ValidationException.FieldError(
                    "expectedOpeningSource", "names a source for an expected opening that is empty"));
        }
        return errors;
    }
}
