package dev.claimdesk.platform;

import java.time.Instant;

/**
 * A job worker failed (an exception, not a BPMN error). Published when the failure is reported to the engine; with
 * {@code retriesLeft == 0} the engine raises an incident that waits for a person.
 *
 * @param claimReference the job's {@code claimReference} variable, when it fetched one
 */
public record JobFailed(
        long jobKey,
        String jobType,
        long processInstanceKey,
        String elementId,
        String claimReference,
        int retriesLeft,
        String error,
        Instant at) {

    public boolean incident() {
        return retriesLeft <= 0;
    }
}
