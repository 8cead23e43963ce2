/**
 * Business calendars: which days are working days for a team (weekends, public holidays and make-up working days,
 * loaded from the official notices and edited by admins), and the working-day arithmetic every deadline uses
 * ({@link dev.claimdesk.calendar.BusinessCalendar}, ADR 0031). The job type {@link
 * dev.claimdesk.calendar.CalendarJobs#COMPUTE_DEADLINE} gives BPMN timers their due dates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package dev.claimdesk.calendar;
