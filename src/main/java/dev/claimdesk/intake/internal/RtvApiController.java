package dev.claimdesk.intake.internal;

import dev.claimdesk.intake.IntakeRejected;
import dev.claimdesk.platform.OutsideServiceException;
import dev.claimdesk.rtv.RtvCase;
import dev.claimdesk.rtv.RtvCases;
import dev.claimdesk.rtv.RtvRefused;
import dev.claimdesk.rtv.RtvRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seller center's RTV requests (docs/api/claim-intake.yaml, "RTV requests"): a returned item the seller wants sent
 * back, the first step of a wrong-return claim. The seller follows the case here: pickup, appeal reference and the
 * last day to raise the claim.
 */
@RestController
@RequestMapping("/api/v1/rtv-requests")
class RtvApiController {

    private final RtvCases rtvCases;
    private final IntegrationAccess access;

    RtvApiController(RtvCases rtvCases, IntegrationAccess access) {
        this.rtvCases = rtvCases;
        this.access = access;
    }

    record NewRtvRequest(String shop, String orderNumber, String sku, String reason) {}

    record RtvView(
            String reference,
            String status,
            String statusLabel,
            String shop,
            String orderNumber,
            String sku,
            Instant requestedAt,
            LocalDate pickupDate,
            String pickupPlace,
            Instant collectedAt,
            String appealReference,
            Instant claimWindowClosesAt,
            String claimReference,
            URI self) {}

    @PostMapping
    ResponseEntity<RtvView> request(@RequestBody NewRtvRequest body, Authentication integration) {
        access.requireShop(integration.getName(), body.shop());
        try {
            RtvCase rtv = rtvCases.request(
                    new RtvRequest(
                            body.shop(), body.orderNumber(), body.sku(), body.reason(), "api:" + integration.getName()),
                    "seller");
            RtvView view = view(rtv);
            return ResponseEntity.created(view.self()).body(view);
        } catch (RtvRefused e) {
            throw new IntakeRejected(
                    IntakeRejected.Reason.INVALID,
                    "The RTV request cannot be accepted.",
                    List.of(new IntakeRejected.FieldError(e.field(), e.getMessage())));
        } catch (OutsideServiceException e) {
            throw new IntakeRejected(
                    IntakeRejected.Reason.UNAVAILABLE,
                    "The order service cannot be reached right now; nothing was stored. Try again later.",
                    List.of());
        }
    }

    @GetMapping("/{reference}")
    ResponseEntity<RtvView> status(@PathVariable String reference, Authentication integration) {
        return rtvCases.find(reference)
                .filter(rtv -> access.mayActFor(integration.getName(), rtv.shop()))
                .map(rtv -> ResponseEntity.ok(view(rtv)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static RtvView view(RtvCase rtv) {
        return new RtvView(
                rtv.reference(),
                rtv.status().name(),
                rtv.status().label(),
                rtv.shop(),
                rtv.orderNumber(),
                rtv.sku(),
                rtv.requestedAt(),
                rtv.pickupDate(),
                rtv.pickupPlace(),
                rtv.collectedAt(),
                rtv.appealReference(),
                rtv.claimWindowClosesAt(),
                rtv.claimReference(),
                URI.create("/api/v1/rtv-requests/" + rtv.reference()));
    }
}
