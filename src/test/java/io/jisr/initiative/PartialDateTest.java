package io.jisr.initiative;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void shouldSpanTheWholeMonthOrYearItNames() {
        assertThat(PartialDate.of(LocalDate.of(2024, 2, 1), DatePrecision.MONTH),
                equalTo(new PartialDate("2024-02", DatePrecision.MONTH, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))));
        assertThat(PartialDate.of(LocalDate.of(2025, 1, 1), DatePrecision.YEAR),
                equalTo(new PartialDate("2025", DatePrecision.YEAR, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))));
        assertThat(PartialDate.of(LocalDate.of(2025, 4, 16), DatePrecision.DAY),
                equalTo(new PartialDate("2025-04-16", DatePrecision.DAY, LocalDate.of(2025, 4, 16), LocalDate.of(2025, 4, 16))));
    }

    @Test
    void shouldBeAbsentWithoutDateOrPrecision() {
        assertThat(PartialDate.of(null, DatePrecision.DAY), nullValue());
        assertThat(PartialDate.of(LocalDate.of(2025, 4, 16), null), nullValue());
    }
}
