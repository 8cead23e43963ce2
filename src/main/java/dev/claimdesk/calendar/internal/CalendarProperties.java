package dev.claimdesk.calendar.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code claimdesk.calendar.*}.
 *
 * @param defaultCalendar the team's calendar: the one deadlines use unless a process names another
 * @param noticeLocations where the notice files ({@code <calendar>-<year>.json}) are read at startup; add e.g.
 *     {@code file:/etc/claimdesk/calendar/*.json} to load a new year's notice without a new release
 * @param timeZones a calendar's own time zone, for a team elsewhere (default: {@code claimdesk.time-zone})
 */
@ConfigurationProperties("claimdesk.calendar")
public record CalendarProperties(
        @DefaultValue("cn") String defaultCalendar,
        @DefaultValue("classpath*:calendar/*.json") List<String> noticeLocations,
        Map<String, ZoneId> timeZones) {

    public CalendarProperties {
        timeZones = timeZones == null ? Map.of() : Map.copyOf(timeZones);
        noticeLocations = List.copyOf(noticeLocations);
    }
}
