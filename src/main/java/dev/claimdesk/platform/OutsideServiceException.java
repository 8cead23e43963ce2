package dev.claimdesk.platform;

import java.util.Optional;

/**
 * An outside service did not give the answer asked for: it answered with an error status, or not at all (after the
 * retries, for transient failures). Modules turn the statuses that are business outcomes (404, 409, 422) into their
 * own typed exceptions; everything else stays this exception, which a job worker lets through (job failure, then an
 * incident).
 */
public class OutsideServiceException extends RuntimeException {

    private final Integer status;
    private final String problemCode;
    private final String detail;

    public OutsideServiceException(String message, Integer status, String problemCode, String detail, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.problemCode = problemCode;
        this.detail = detail;
    }

    /** The HTTP status the service answered with; empty when it did not answer (timeout, refused connection). */
    public Optional<Integer> status() {
        return Optional.ofNullable(status);
    }

    public boolean hasStatus(int code) {
        return status != null && status == code;
    }

    /** The {@code code} of the problem document (RFC 9457) the service sent, if any. */
    public Optional<String> problemCode() {
        return Optional.ofNullable(problemCode);
    }

    /** The {@code detail} of the problem document the service sent, else the message. */
    public String detail() {
        return detail != null ? detail : getMessage();
    }
}
