package dev.claimdesk.referenceservices.internal;

import org.springframework.http.HttpStatus;

/** An answer of a reference API other than success: becomes a problem document (RFC 9457) with a {@code code}. */
class ReferenceProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    ReferenceProblem(HttpStatus status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    static ReferenceProblem notFound(String code, String detail) {
        return new ReferenceProblem(HttpStatus.NOT_FOUND, code, detail);
    }

    static ReferenceProblem conflict(String code, String detail) {
        return new ReferenceProblem(HttpStatus.CONFLICT, code, detail);
    }

    static ReferenceProblem badRequest(String detail) {
        return new ReferenceProblem(HttpStatus.BAD_REQUEST, "BAD_REQUEST", detail);
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }
}
