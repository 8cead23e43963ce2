package dev.claimdesk.intake.internal;

import dev.claimdesk.intake.IntakeRejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The seller-center API's refusals as RFC 7807 problem details whose {@code errors} list names each wrong or missing
 * field (claims and RTV requests alike).
 */
@RestControllerAdvice(assignableTypes = {ClaimApiController.class, RtvApiController.class})
class ApiProblems {

    @ExceptionHandler(IntakeRejected.class)
    ProblemDetail rejected(IntakeRejected rejected) {
        HttpStatus status = switch (rejected.reason()) {
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, rejected.getMessage());
        problem.setTitle(
                switch (rejected.reason()) {
                    case INVALID -> "The claim has wrong or missing fields";
                    case CONFLICT -> "The claim conflicts with an earlier one";
                    case FORBIDDEN -> "Not allowed for this integration";
                    case UNAVAILABLE -> "Try again later";
                });
        if (!rejected.errors().isEmpty()) {
            problem.setProperty("errors", rejected.errors());
        }
        return problem;
    }
}
