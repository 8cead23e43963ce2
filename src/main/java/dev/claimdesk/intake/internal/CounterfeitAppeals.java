package dev.claimdesk.intake.internal;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.claims.ClaimSubmission;
import dev.claimdesk.counterfeit.AppealWindow;
import dev.claimdesk.counterfeit.FindingStatus;
import dev.claimdesk.counterfeit.Findings;
import dev.claimdesk.intake.IntakeRejected;
import dev.claimdesk.platform.PlatformProperties;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A counterfeit claim for an order and SKU with a finding is the seller's appeal against it: accepted while the
 * finding's window is open, refused with the date once it has closed. Without a finding it is an ordinary claim.
 */
@Component
class CounterfeitAppeals {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final Findings findings;
    private final PlatformProperties platform;

    CounterfeitAppeals(Findings findings, PlatformProperties platform) {
        this.findings = findings;
        this.platform = platform;
    }

    /** The finding this claim appeals, if any. */
    Optional<String> findingAppealed(ClaimSubmission claim) {
        if (claim.category() != ClaimCategory.COUNTERFEIT_APPEAL) {
            return Optional.empty();
        }
        var window =
                findings.appealWindow(claim.shop(), claim.field(ClaimField.ORDER_NUMBER), claim.field(ClaimField.SKU));
        return switch (window) {
            case AppealWindow.NoFinding none -> Optional.empty();
            case AppealWindow.Open open -> Optional.of(open.findingReference());
            case AppealWindow.Closed closed -> throw refused(closed);
        };
    }

    void recordAppeal(String findingReference, String claimReference) {
        findings.appealByClaim(findingReference, claimReference);
    }

    private IntakeRejected refused(AppealWindow.Closed closed) {
        boolean expired = closed.status() == FindingStatus.NOTIFIED || closed.status() == FindingStatus.RECORDED;
        String message = expired
                ? "The appeal window of counterfeit finding " + closed.findingReference() + " closed on "
                        + WHEN.format(closed.dueAt().atZone(platform.timeZone())) + " ("
                        + platform.timeZone().getId()
                        + "): an appeal can no longer be accepted."
                : "Counterfeit finding " + closed.findingReference() + " can no longer be appealed: "
                        + closed.status().label().toLowerCase(Locale.ROOT) + ".";
        return new IntakeRejected(
                IntakeRejected.Reason.CONFLICT, message, List.of(new IntakeRejected.FieldError("sku", message)));
    }
}
