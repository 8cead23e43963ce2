package dev.claimdesk.referenceservices.internal;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every answer of the reference APIs that is not a success is a problem document, including Spring MVC's own (a
 * missing header, an unreadable body), so that clients can read the status, a {@code code} and a {@code detail}.
 */
@RestControllerAdvice(assignableTypes = {ReferenceOrdersController.class, ReferenceBillingController.class})
@EnabledReferenceServices
class ReferenceProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ReferenceProblem.class)
    ResponseEntity<ProblemDetail> problem(ReferenceProblem problem) {
        var body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        body.setProperty("code", problem.code());
        return ResponseEntity.status(problem.status()).body(body);
    }
}
