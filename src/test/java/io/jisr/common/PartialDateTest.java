package io.jisr.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void shouldSpanTheWholeMonthOrYearItNames() {
        assertThat(
                PartialDate.of(LocalDate.of(2024, 2, 1), DatePrecision.MONTH),
                equalTo(new PartialDate(
                        "2024-02", DatePrecision.MONTH, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))));
        assertThat(
                PartialDate.of(LocalDate.of(2025, 1, 1), DatePrecision.YEAR),
                equalTo(new PartialDate(
                        "2025", DatePrecision.YEAR, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))));
        assertThat(
                PartialDate.of(LocalDate.of(2025, 4, 16), DatePrecision.DAY),
                equalTo(new PartialDate(
                        "2025-04-16", DatePrecision.DAY, LocalDate.of(2025, 4, 16), LocalDate.of(2025, 4, 16))));
    }

    @Test
    void shouldBeAbsentWithoutDateOrPrecision() {
        assertThat(PartialDate.of(null, DatePrecision.DAY), nullValue());
        assertThat(PartialDate.of(LocalDate.of(2025, 4, 16), null), nullValue());
    }

    @Test
    void shouldParseADayAMonthOrAYearAndNothingElse() {
        assertThat(
                PartialDate.parse("2024-02"), equalTo(PartialDate.of(LocalDate.of(2024, 2, 1), DatePrecision.MONTH)));
        assertThat(PartialDate.parse("2025"), equalTo(PartialDate.of(LocalDate.of(2025, 1, 1), DatePrecision.YEAR)));
        assertThat(PartialDate.parse("2025-04-16").precision(), equalTo(DatePrecision.DAY));
        for (String invalid : new String[] {
            null, "", "25", "2025-4", "2025-13", "2025-02-30", "2025-04-16T10:00", "April 2025", " 2025"
        }) {
            assertThat(invalid, PartialDate.parse(invalid), nullValue());
        }
    }

    @Test
    void shouldSpanAQuarterFromItsFirstToItsLastDay() {
        PartialDate q3 = PartialDate.parse("2023-Q3");
        assertThat(
                q3,
                equalTo(new PartialDate(
                        "2023-Q3", DatePrecision.QUARTER, LocalDate.of(2023, 7, 1), LocalDate.of(2023, 9, 30))));
        assertThat(
                PartialDate.of(LocalDate.of(2026, 11, 20), DatePrecision.QUARTER)
                        .text(),
                equalTo("2026-Q4"));
        assertThat(PartialDate.parse("2026-Q4").latest(), equalTo(LocalDate.of(2026, 12, 31)));
        for (String invalid : new String[] {"2026-Q0", "2026-Q5", "2026-q1", "2026Q1"}) {
            assertThat(invalid, PartialDate.parse(invalid), nullValue());
        }
    }
}
