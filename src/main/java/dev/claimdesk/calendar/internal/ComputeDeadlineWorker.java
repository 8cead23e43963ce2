package dev.claimdesk.calendar.internal;

import static dev.claimdesk.calendar.CalendarJobs.VAR_CALENDAR_ID;
import static dev.claimdesk.calendar.CalendarJobs.VAR_DUE_AT;
import static dev.claimdesk.calendar.CalendarJobs.VAR_FROM_INSTANT;
import static dev.claimdesk.calendar.CalendarJobs.VAR_WORKING_DAYS;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.calendar.BusinessCalendars;
import dev.claimdesk.calendar.CalendarJobs;
import dev.claimdesk.calendar.DeadlineComputed;
import dev.claimdesk.platform.AppClock;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Gives a BPMN timer its due date: {@code dueAt} = {@code workingDays} working days after {@code fromInstant} (default:
 * now), by {@link BusinessCalendar#addWorkingDays(Instant, int)}. A pure function of its inputs, so a job delivered
 * twice gives the same answer; processes that need the exact same deadline on a retry pass {@code fromInstant}.
 *
 * <p>Wrong inputs are a modelling mistake that no retry can mend: the job fails at once, with retries 0, and the
 * incident says what is wrong.
 */
@Component
public class ComputeDeadlineWorker {

    static final int MAX_WORKING_DAYS = 366;

    private final BusinessCalendars calendars;
    private final AppClock clock;
    private final ApplicationEventPublisher events;

    ComputeDeadlineWorker(BusinessCalendars calendars, AppClock clock, ApplicationEventPublisher events) {
        this.calendars = calendars;
        this.clock = clock;
        this.events = events;
    }

    @JobWorker(
            type = CalendarJobs.COMPUTE_DEADLINE,
            fetchVariables = {VAR_FROM_INSTANT, VAR_WORKING_DAYS, VAR_CALENDAR_ID})
    public Map<String, Object> computeDeadline(ActivatedJob job) {
        var variables = job.getVariablesAsMap();
        var calendar = calendar(variables.get(VAR_CALENDAR_ID));
        int workingDays = workingDays(variables.get(VAR_WORKING_DAYS));
        Instant from = from(variables.get(VAR_FROM_INSTANT), calendar);
        Instant dueAt = calendar.addWorkingDays(from, workingDays);
        // the owner stores it now: pages show this value and never compute their own (ADR 121)
        events.publishEvent(
                new DeadlineComputed(job.getBpmnProcessId(), job.getProcessInstanceKey(), job.getElementId(), dueAt));
        return Map.of(VAR_DUE_AT, calendar.timerDate(dueAt));
    }

    private BusinessCalendar calendar(Object id) {
        if (id == null || id.toString().isBlank()) {
            return calendars.defaultCalendar();
        }
        try {
            return calendars.calendar(id.toString());
        } catch (IllegalArgumentException unknown) {
            throw wrongInput(unknown.getMessage() + "; known calendars: " + calendars.ids());
        }
    }

    private static int workingDays(Object value) {
        if (!(value instanceof Number number)
                || number.doubleValue() != Math.rint(number.doubleValue())
                || number.doubleValue() < 0
                || number.doubleValue() > MAX_WORKING_DAYS) {
            throw wrongInput(
                    VAR_WORKING_DAYS + " must be a whole number from 0 to " + MAX_WORKING_DAYS + ", was: " + value);
        }
        return number.intValue();
    }

    /**
     * An ISO-8601 date-time with an offset or zone ({@code 2026-09-30T18:00:00+08:00}, {@code ...Z}, FEEL's {@code
     * now()} as a string), or a local one read in the calendar's zone; epoch milliseconds as a number.
     */
    private Instant from(Object value, BusinessCalendar calendar) {
        if (value == null || value.toString().isBlank()) {
            return clock.instant();
        }
        if (value instanceof Number epochMillis) {
            return Instant.ofEpochMilli(epochMillis.longValue());
        }
        try {
            var parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(
                    value.toString(), ZonedDateTime::from, LocalDateTime::from);
            return parsed instanceof ZonedDateTime zoned
                    ? zoned.toInstant()
                    : ((LocalDateTime) parsed).atZone(calendar.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw wrongInput(VAR_FROM_INSTANT
                    + " must be an ISO-8601 date-time such as 2026-09-30T18:00:00+08:00, was: " + value);
        }
    }

    private static RuntimeException wrongInput(String message) {
        return CamundaError.jobError(message, null, 0);
    }
}
