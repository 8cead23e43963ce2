package dev.claimdesk.intake.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.claimdesk.intake.IntakeRejected;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The seller-center API's refusals as RFC 7807 problem details whose {@code errors} list names each wrong or missing
 * field (claims and RTV requests alike); a body that is not JSON, of another content type or too large gets the same
 * format, naming what is wrong.
 */
@RestControllerAdvice(assignableTypes = {ClaimApiController.class, RtvApiController.class})
class ApiProblems {

    private final IntakeProperties settings;

    ApiProblems(IntakeProperties settings) {
        this.settings = settings;
    }

    /** Not JSON, or a value longer than the JSON reader takes (a file far above the attachment limit). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        Throwable cause = unreadable.getMostSpecificCause();
        if (cause instanceof StreamConstraintsException) {
            return problem(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "The request is too large",
                    "body",
                    "A value in the body is too long to read: each attachment may be at most "
                            + settings.attachments().maxFileSize().toMegabytes() + " MB.");
        }
        String where = cause instanceof JsonProcessingException json && json.getLocation() != null
                ? " (line " + json.getLocation().getLineNr() + ", column "
                        + json.getLocation().getColumnNr() + ")"
                : "";
        String what = cause instanceof JsonProcessingException json
                ? json.getOriginalMessage().lines().findFirst().orElse("")
                : "";
        return problem(
                HttpStatus.BAD_REQUEST,
                "The body is not valid JSON",
                "body",
                what.isBlank() || cause == unreadable
                        ? "Send the claim as one JSON object; the body is empty or not JSON."
                        : "The body is not valid JSON" + where + ": " + what);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail contentType(HttpMediaTypeNotSupportedException unsupported) {
        return problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send JSON",
                "Content-Type",
                "Send the body as JSON with Content-Type: application/json"
                        + (unsupported.getContentType() == null
                                ? "; the request named no content type."
                                : ", not " + unsupported.getContentType() + "."));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(title);
        problem.setProperty("errors", List.of(new IntakeRejected.FieldError(field, message)));
        return problem;
    }

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
