package dev.claimdesk.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.dashboard.internal.Rollup.Span;
import dev.claimdesk.dashboard.internal.Rollup.Split;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollupTest {

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static Span span(String from, String to) {
        return new Span(day(from), day(to));
    }

    @Test
    void aPeriodIsReadAsItsMostlyCoveredMonthsLessTheirDaysOutsideItAndItsOtherDays() {
        assertThat(Rollup.split(day("2025-12-06"), day("2026-12-05")))
                .as("26 of December's 31 days: the month less 5 days; 5 of the next December's: days")
                .isEqualTo(new Split(
                        List.of(span("2026-12-01", "2026-12-05")),
                        span("2025-12-01", "2026-11-01"),
                        List.of(span("2025-12-01", "2025-12-05"))));
        assertThat(Rollup.split(day("2026-02-01"), day("2026-03-31")))
                .as("whole months only")
                .isEqualTo(new Split(List.of(), span("2026-02-01", "2026-03-01"), List.of()));
        assertThat(Rollup.split(day("2026-02-01"), day("2026-02-28")))
                .as("February of a common year")
                .isEqualTo(new Split(List.of(), span("2026-02-01", "2026-02-01"), List.of()));
        assertThat(Rollup.split(day("2026-11-06"), day("2026-12-05")))
                .as("the last 30 days")
                .isEqualTo(new Split(
                        List.of(span("2026-12-01", "2026-12-05")),
                        span("2026-11-01", "2026-11-01"),
                        List.of(span("2026-11-01", "2026-11-05"))));
        assertThat(Rollup.split(day("2026-09-02"), day("2026-11-29")))
                .as("two ragged ends around a whole month: three months less two days")
                .isEqualTo(new Split(
                        List.of(),
                        span("2026-09-01", "2026-11-01"),
                        List.of(span("2026-09-01", "2026-09-01"), span("2026-11-30", "2026-11-30"))));
        assertThat(Rollup.split(day("2026-10-03"), day("2026-10-28")))
                .as("most of one month")
                .isEqualTo(new Split(
                        List.of(),
                        span("2026-10-01", "2026-10-01"),
                        List.of(span("2026-10-01", "2026-10-02"), span("2026-10-29", "2026-10-31"))));
        assertThat(Rollup.split(day("2026-09-16"), day("2026-09-30")))
                .as("exactly half a month: days")
                .isEqualTo(new Split(List.of(span("2026-09-16", "2026-09-30")), null, List.of()));
        assertThat(Rollup.split(day("2026-10-01"), day("2026-10-12")))
                .as("a month's start without its end")
                .isEqualTo(new Split(List.of(span("2026-10-01", "2026-10-12")), null, List.of()));
        assertThat(Rollup.split(day("2026-10-05"), day("2026-10-05")))
                .isEqualTo(new Split(List.of(span("2026-10-05", "2026-10-05")), null, List.of()));
        assertThat(Rollup.split(day("2026-09-20"), day("2026-10-31")))
                .isEqualTo(new Split(
                        List.of(span("2026-09-20", "2026-09-30")), span("2026-10-01", "2026-10-01"), List.of()));
        assertThat(Rollup.split(day("2026-09-20"), day("2026-10-10")))
                .as("two small ends: days")
                .isEqualTo(new Split(List.of(span("2026-09-20", "2026-10-10")), null, List.of()));
    }

    @Test
    void durationsAreCountedToTwoSignificantFigures() {
        assertThat(Rollup.bucket(0)).isZero();
        assertThat(Rollup.bucket(99)).as("9.9 h exact").isEqualTo(99);
        assertThat(Rollup.bucket(965)).as("96.5 h -> 97 h").isEqualTo(970);
        assertThat(Rollup.bucket(964)).isEqualTo(960);
        assertThat(Rollup.bucket(995)).as("99.5 h -> 100 h").isEqualTo(1000);
        assertThat(Rollup.bucket(1239)).as("123.9 h -> 120 h").isEqualTo(1200);
        assertThat(Rollup.bucket(1250)).as("half up").isEqualTo(1300);
        assertThat(Rollup.bucket(123_456)).isEqualTo(120_000);
    }

    @Test
    void aFigureAddsToTheSixteenCombinationsOfItsMonth() {
        var key = new Projector.Key(
                day("2026-10-15"), Figure.OPENED, "ClaimHandling", "BILL_BREAKDOWN", "NG", "billing", "", "");
        var cells = Rollup.cells(key);

        assertThat(cells).hasSize(16).doesNotHaveDuplicates();
        assertThat(cells)
                .contains(
                        new Rollup.Cell(
                                0, new Projector.Key(day("2026-10-01"), Figure.OPENED, "*", "*", "*", "*", "", "")),
                        new Rollup.Cell(
                                Rollup.TEAM | Rollup.COUNTRY,
                                new Projector.Key(day("2026-10-01"), Figure.OPENED, "*", "*", "NG", "billing", "", "")),
                        new Rollup.Cell(
                                15,
                                new Projector.Key(
                                        day("2026-10-01"),
                                        Figure.OPENED,
                                        "ClaimHandling",
                                        "BILL_BREAKDOWN",
                                        "NG",
                                        "billing",
                                        "",
                                        "")));
    }
}
