package dev.claimdesk.counterfeit.web;

import dev.claimdesk.counterfeit.Finding;
import dev.claimdesk.counterfeit.FindingEvent;
import dev.claimdesk.counterfeit.FindingRejected;
import dev.claimdesk.counterfeit.Findings;
import dev.claimdesk.counterfeit.NewFinding;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The findings API for brand-protection systems (docs/api/findings.yaml): record a finding under an idempotency key,
 * read where it stands. Errors are RFC 7807 problem details naming each wrong field.
 */
@RestController
@RequestMapping("/api/brand-protection/findings")
class FindingApiController {

    private final Findings findings;

    FindingApiController(Findings findings) {
        this.findings = findings;
    }

    record FindingRequest(
            String shop,
            String country,
            String orderNumber,
            String sku,
            BigDecimal penaltyAmount,
            String reason,
            String evidence) {}

    record FindingView(
            String reference,
            String shop,
            String country,
            String orderNumber,
            String sku,
            BigDecimal penaltyAmount,
            String currency,
            String status,
            String statusLabel,
            Instant recordedAt,
            Instant appealDueAt,
            String appealChannel,
            String decision,
            String decisionReason,
            Long penaltyPostingId,
            Long reversalPostingId,
            Instant delistedAt,
            List<FindingEvent> history,
            URI self) {}

    @PostMapping
    ResponseEntity<FindingView> record(
            @RequestBody FindingRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Authentication system) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new FindingRejected(
                    "Send an Idempotency-Key header: a retried request then records the finding once.",
                    Map.of("Idempotency-Key", "Required, e.g. a UUID per finding."));
        }
        var recorded = findings.record(
                new NewFinding(
                        body.shop(),
                        body.country(),
                        body.orderNumber(),
                        body.sku(),
                        body.penaltyAmount(),
                        body.reason(),
                        body.evidence()),
                system.getName(),
                "api:" + system.getName(),
                idempotencyKey);
        var view = view(recorded.finding());
        return ResponseEntity.status(recorded.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(view.self())
                .body(view);
    }

    @GetMapping("/{reference}")
    ResponseEntity<?> get(@PathVariable String reference) {
        return findings.find(reference)
                .<ResponseEntity<?>>map(f -> ResponseEntity.ok(view(f)))
                .orElseGet(() -> ResponseEntity.of(
                                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No finding " + reference + "."))
                        .build());
    }

    private FindingView view(Finding f) {
        return new FindingView(
                f.reference(),
                f.shop(),
                f.country(),
                f.orderNumber(),
                f.sku(),
                f.penaltyAmount(),
                f.currency(),
                f.status().name(),
                f.status().label(),
                f.recordedAt(),
                f.appealDueAt(),
                f.appealChannel(),
                f.decision() == null ? null : f.decision().name(),
                f.decisionReason(),
                f.penaltyPostingId(),
                f.reversalPostingId(),
                f.delistedAt(),
                findings.history(f.reference()),
                URI.create("/api/brand-protection/findings/" + f.reference()));
    }

    @ExceptionHandler(FindingRejected.class)
    ProblemDetail rejected(FindingRejected e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Finding refused");
        problem.setProperty(
                "errors",
                e.fieldErrors().entrySet().stream()
                        .map(err -> Map.of("field", err.getKey(), "message", err.getValue()))
                        .toList());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The body is not a finding in JSON (see docs/api/findings.yaml).");
        problem.setTitle("Unreadable request");
        return problem;
    }
}
