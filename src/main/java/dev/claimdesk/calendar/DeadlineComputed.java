package dev.claimdesk.calendar;

import java.time.Instant;

/**
 * A process computed a deadline ({@link CalendarJobs#COMPUTE_DEADLINE}). Published synchronously on the worker's thread
 * before the job completes, so the process's owner stores the deadline it will show before the process goes on: a
 * listener that fails fails the job, which the engine retries. The same job delivered twice publishes the same value.
 *
 * @param elementId the BPMN element that computed it (e.g. {@code Task_ComputeReplyDeadline}): which deadline it is
 */
public record DeadlineComputed(String processId, long processInstanceKey, String elementId, Instant dueAt) {}
