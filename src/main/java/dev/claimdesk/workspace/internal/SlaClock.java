package dev.claimdesk.workspace.internal;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.workspace.SlaState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Today and the SLA state of a deadline, in the team's time zone and on the application clock (which tests and the
 * demo move together with the engine's). It judges deadlines the processes computed and stored; it computes none.
 */
@Component
public class SlaClock {

    private final BusinessCalendar calendar;
    private final AppClock clock;
    private final ZoneId zone;

    public SlaClock(BusinessCalendar calendar, AppClock clock, PlatformProperties settings) {
        this.calendar = calendar;
        this.clock = clock;
        this.zone = settings.timeZone();
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** The last instant of the day, as deadlines count it. */
    public Instant endOf(LocalDate date) {
        return calendar.endOf(date);
    }

    public SlaState state(Instant dueAt) {
        if (dueAt == null) {
            return SlaState.NONE;
        }
        if (calendar.isOverdue(dueAt)) {
            return SlaState.BREACHED;
        }
        return dueAt.isAfter(endOf(today())) ? SlaState.ON_TIME : SlaState.DUE_TODAY;
    }

    /** "3 working days left", "5 h left", "overdue by 2 d 4 h": what an agent reads beside the badge. */
    public String remaining(Instant dueAt) {
        return switch (state(dueAt)) {
            case NONE -> "";
            case BREACHED -> "overdue by " + duration(calendar.timeLeft(dueAt).negated());
            case DUE_TODAY -> duration(calendar.timeLeft(dueAt)) + " left";
            case ON_TIME -> {
                int days = calendar.workingDaysBetween(today(), LocalDate.ofInstant(dueAt, zone));
                yield days <= 0
                        ? duration(calendar.timeLeft(dueAt)) + " left"
                        : days + (days == 1 ? " working day" : " working days") + " left";
            }
        };
    }

    /** "just now", "25 min ago", "2 h ago", "3 d ago": how long since something happened, for the lists' markers. */
    public String ago(Instant at) {
        if (at == null) {
            return "";
        }
        Duration since = Duration.between(at, now());
        if (since.toMinutes() < 1) {
            return "just now";
        }
        if (since.toHours() < 1) {
            return since.toMinutes() + " min ago";
        }
        return since.toHours() < 48 ? since.toHours() + " h ago" : since.toDays() + " d ago";
    }

    private static String duration(Duration d) {
        long hours = d.toHours();
        if (hours >= 24) {
            return hours / 24 + " d " + hours % 24 + " h";
        }
        return hours > 0 ? hours + " h" : Math.max(d.toMinutes(), 1) + " min";
    }
}
