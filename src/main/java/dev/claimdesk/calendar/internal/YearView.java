package dev.claimdesk.calendar.internal;

import dev.claimdesk.calendar.DayKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A calendar's year as the admin page shows it.
 *
 * @param notice the notice applied for this year, if any
 * @param overrides the holidays and make-up working days of the year, in date order
 */
public record YearView(
        String calendarId,
        int year,
        ZoneId zone,
        LocalDate today,
        List<Month> months,
        List<StoredDay> overrides,
        Optional<NoticeRecord> notice,
        List<CalendarChange> changes,
        int workingDays) {

    /** Neither a notice nor an admin has set any day of this year: only weekends apply. */
    public boolean isEmpty() {
        return notice.isEmpty() && overrides.isEmpty();
    }

    /** English names whatever the browser's language: the back office is written in English. */
    public String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    public String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    public long holidays() {
        return overrides.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
    }

    public long makeUpWorkingDays() {
        return overrides.stream()
                .filter(d -> d.kind() == DayKind.MAKE_UP_WORKING_DAY)
                .count();
    }

    /**
     * A month grid: weeks from Monday to Sunday, with null cells before the 1st and after the last day.
     *
     * @param named the month's holidays and make-up working days, consecutive days of one name together
     */
    public record Month(YearMonth month, List<List<Cell>> weeks, List<NamedDays> named) {}

    public record Cell(LocalDate date, DayKind kind, String name, boolean today) {

        /** The cell's CSS classes: its kind (cd-working, cd-weekend, cd-holiday, cd-makeup), and cd-today. */
        public String css() {
            String kindClass = switch (kind) {
                case WORKING_DAY -> "cd-working";
                case WEEKEND -> "cd-weekend";
                case HOLIDAY -> "cd-holiday";
                case MAKE_UP_WORKING_DAY -> "cd-makeup";
            };
            return "cd-day " + kindClass + (today ? " cd-today" : "");
        }

        /** The tooltip: "National Day (holiday)", or null for a day without a name. */
        public String title() {
            if (name == null) {
                return null;
            }
            return name + (kind == DayKind.HOLIDAY ? " (holiday)" : " (make-up working day)");
        }
    }

    /** "1–3 New Year's Day": consecutive days of one kind and name. */
    public record NamedDays(int firstDay, int lastDay, DayKind kind, String name) {

        public String days() {
            return firstDay == lastDay ? String.valueOf(firstDay) : firstDay + "–" + lastDay;
        }
    }
}
