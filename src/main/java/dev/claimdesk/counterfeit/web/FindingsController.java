package dev.claimdesk.counterfeit.web;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.counterfeit.CounterfeitAppeal;
import dev.claimdesk.counterfeit.Finding;
import dev.claimdesk.counterfeit.FindingRejected;
import dev.claimdesk.counterfeit.Findings;
import dev.claimdesk.counterfeit.NewFinding;
import dev.claimdesk.mail.Mailbox;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.tasks.TaskSubject;
import dev.claimdesk.tasks.Tasks;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The brand-protection team's pages: the findings, recording one, and one finding with its whole appeal. */
@Controller
class FindingsController {

    private final Findings findings;
    private final Mailbox mailbox;
    private final Claims claims;
    private final Tasks tasks;
    private final PlatformProperties platform;

    FindingsController(Findings findings, Mailbox mailbox, Claims claims, Tasks tasks, PlatformProperties platform) {
        this.findings = findings;
        this.mailbox = mailbox;
        this.claims = claims;
        this.tasks = tasks;
        this.platform = platform;
    }

    /** The form's fields as typed, so that a refused form comes back with everything kept. */
    record FindingForm(
            String shop,
            String country,
            String orderNumber,
            String sku,
            String penaltyAmount,
            String reason,
            String evidence) {

        NewFinding toFinding() {
            return new NewFinding(shop, country, orderNumber, sku, amount(penaltyAmount), reason, evidence);
        }

        private static BigDecimal amount(String text) {
            try {
                return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                return null; // reported by validation as a wrong amount
            }
        }
    }

    @GetMapping("/findings")
    String list(Model model) {
        model.addAttribute("findings", findings.recent(100));
        model.addAttribute("zone", platform.timeZone());
        return "counterfeit/findings";
    }

    @GetMapping("/findings/new")
    String form(Model model) {
        model.addAttribute("form", new FindingForm(null, null, null, null, null, null, null));
        model.addAttribute("errors", Map.of());
        return "counterfeit/new-finding";
    }

    @PostMapping("/findings")
    String record(
            @ModelAttribute FindingForm form,
            Authentication auth,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            var recorded = findings.record(form.toFinding(), auth.getName(), "web", null);
            redirect.addFlashAttribute(
                    "message",
                    "Finding " + recorded.finding().reference() + " recorded: the seller is being notified.");
            return "redirect:/findings/" + recorded.finding().reference();
        } catch (FindingRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("form", form);
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("error", e.getMessage());
            return "counterfeit/new-finding";
        }
    }

    @GetMapping("/findings/{reference}")
    String finding(@PathVariable String reference, Model model) {
        Finding finding = require(reference);
        model.addAttribute("f", finding);
        model.addAttribute("history", findings.history(finding.reference()));
        model.addAttribute("thread", mailbox.thread(finding.reference()));
        model.addAttribute(
                "appealClaim",
                finding.appealClaimReference() == null
                        ? null
                        : claims.details(finding.appealClaimReference()).orElse(null));
        model.addAttribute(
                "reviewTask",
                tasks.openTaskOf(new TaskSubject(CounterfeitAppeal.TASK_SUBJECT_TYPE, finding.reference()))
                        .orElse(null));
        model.addAttribute(
                "earlier",
                findings.ofShop(finding.shop()).stream()
                        .filter(other -> !other.reference().equals(finding.reference()))
                        .toList());
        model.addAttribute("zone", platform.timeZone());
        return "counterfeit/finding";
    }

    /** The seller's files on the finding's thread. */
    @GetMapping("/findings/{reference}/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String reference, @PathVariable long id) {
        Finding finding = require(reference);
        var file = mailbox.attachment(finding.reference(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return file.asDownload();
    }

    private Finding require(String reference) {
        return findings.find(reference)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No finding " + reference));
    }
}
