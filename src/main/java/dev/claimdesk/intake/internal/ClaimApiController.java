package dev.claimdesk.intake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimdesk.claims.AuditEntry;
import dev.claimdesk.claims.ClaimDetails;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.intake.IntakeRejected;
import dev.claimdesk.intake.IntakeRequest;
import dev.claimdesk.intake.IntakeResult;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seller-center integration API (docs/api/claim-intake.yaml). Errors are RFC 7807 problem details whose
 * {@code errors} list names each wrong or missing field.
 */
@RestController
@RequestMapping("/api/v1/claims")
class ClaimApiController {

    private static final List<String> RESERVED =
            List.of("category", "shop", "country", "attachments", "usePhotosOnFile");

    private final ClaimIntake intake;
    private final Claims claims;
    private final IntegrationAccess access;

    ClaimApiController(ClaimIntake intake, Claims claims, IntegrationAccess access) {
        this.intake = intake;
        this.claims = claims;
        this.access = access;
    }

    record Created(String reference, String status, URI self) {}

    @PostMapping
    ResponseEntity<Created> submit(
            @RequestBody JsonNode body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Authentication integration) {
        IntakeRequest request = request(body);
        access.requireShop(integration.getName(), request.shop());
        IntakeResult result = intake.submit(request, "api:" + integration.getName(), idempotencyKey);
        URI self = URI.create("/api/v1/claims/" + result.reference());
        String status =
                claims.find(result.reference()).map(c -> c.status().name()).orElse("SUBMITTED");
        return ResponseEntity.status(result.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(self)
                .body(new Created(result.reference(), status, self));
    }

    record Event(Instant at, String event) {}

    record ClaimStatusView(
            String reference,
            String category,
            String shop,
            String country,
            String status,
            Instant submittedAt,
            Map<String, String> fields,
            List<ClaimDetails.Attachment> attachments,
            List<Event> history) {}

    @GetMapping("/{reference}")
    ResponseEntity<ClaimStatusView> status(@PathVariable String reference, Authentication integration) {
        return claims.details(reference)
                .filter(d -> access.mayActFor(integration.getName(), d.summary().shop()))
                .map(d -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    d.fields().forEach((field, value) -> fields.put(field.key(), value));
                    List<Event> history = claims.history(reference).stream()
                            .map((AuditEntry e) -> new Event(e.at(), e.event()))
                            .toList();
                    var s = d.summary();
                    return ResponseEntity.ok(new ClaimStatusView(
                            s.reference(),
                            s.category().name(),
                            s.shop(),
                            s.country(),
                            s.status().name(),
                            s.submittedAt(),
                            fields,
                            d.attachments(),
                            history));
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Every member but the reserved ones is a claim field; arrays carry several values (refused where one fits). */
    private static IntakeRequest request(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new IntakeRejected(IntakeRejected.Reason.INVALID, "The body must be a JSON object.", List.of());
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        body.fields().forEachRemaining(e -> {
            if (!RESERVED.contains(e.getKey())) {
                List<String> values = new ArrayList<>();
                (e.getValue().isArray() ? e.getValue() : List.of(e.getValue()))
                        .forEach(v -> values.add(v.isNull() ? null : v.asText()));
                fields.put(e.getKey(), values);
            }
        });
        List<IntakeRequest.Upload> uploads = new ArrayList<>();
        var errors = new ArrayList<IntakeRejected.FieldError>();
        int i = 0;
        for (JsonNode a : body.path("attachments")) {
            try {
                uploads.add(new IntakeRequest.Upload(
                        a.path("kind").asText(null),
                        a.path("filename").asText(null),
                        a.path("contentType").asText(null),
                        Base64.getDecoder().decode(a.path("content").asText(""))));
            } catch (IllegalArgumentException e) {
                errors.add(new IntakeRejected.FieldError("attachments[" + i + "]", "content must be Base64."));
            }
            i++;
        }
        if (!errors.isEmpty()) {
            throw new IntakeRejected(IntakeRejected.Reason.INVALID, "Attachments cannot be read.", errors);
        }
        return new IntakeRequest(
                body.path("category").asText(null),
                body.path("shop").asText(null),
                body.path("country").asText(null),
                fields,
                uploads,
                body.path("usePhotosOnFile").asBoolean(false));
    }
}
