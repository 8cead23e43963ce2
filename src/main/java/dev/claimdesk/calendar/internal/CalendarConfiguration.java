package dev.claimdesk.calendar.internal;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.calendar.BusinessCalendars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    /** The team's calendar: what deadlines use unless a process names another one. */
    @Bean
    BusinessCalendar teamCalendar(BusinessCalendars calendars) {
        return calendars.defaultCalendar();
    }
}
