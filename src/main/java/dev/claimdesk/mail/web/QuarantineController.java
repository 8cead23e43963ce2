package dev.claimdesk.mail.web;

import dev.claimdesk.mail.internal.InboundProcessor;
import dev.claimdesk.mail.internal.QuarantineStore;
import dev.claimdesk.platform.PlatformProperties;
import java.security.Principal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Supervisors see the mail that was not accepted, with the reason, and attach it to a claim or discard it, saying why
 * (kept with the resolved item).
 */
@Controller
class QuarantineController {

    private final QuarantineStore quarantine;
    private final InboundProcessor processor;
    private final PlatformProperties settings;

    QuarantineController(QuarantineStore quarantine, InboundProcessor processor, PlatformProperties settings) {
        this.quarantine = quarantine;
        this.processor = processor;
        this.settings = settings;
    }

    @GetMapping("/mail/quarantine")
    String list(Model model) {
        model.addAttribute("open", quarantine.open());
        model.addAttribute("resolved", quarantine.recentlyResolved(20));
        model.addAttribute("zone", settings.timeZone());
        return "mail/quarantine";
    }

    @PostMapping("/mail/quarantine/{id}/assign")
    String assign(
            @PathVariable long id,
            @RequestParam String reference,
            @RequestParam(defaultValue = "") String note,
            Principal user,
            RedirectAttributes redirect) {
        try {
            var result = processor.assign(id, reference, user.getName(), note.isBlank() ? null : note.strip());
            redirect.addFlashAttribute(
                    "message", "Mail assigned to " + result.claimReference() + " (" + result.outcome() + ").");
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/mail/quarantine";
    }

    @PostMapping("/mail/quarantine/{id}/dismiss")
    String dismiss(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Principal user,
            RedirectAttributes redirect) {
        if (reason.isBlank()) {
            redirect.addFlashAttribute("error", "Say why the mail is discarded.");
            return "redirect:/mail/quarantine";
        }
        processor.dismiss(id, user.getName(), reason.strip());
        redirect.addFlashAttribute("message", "Mail discarded.");
        return "redirect:/mail/quarantine";
    }

    /** The mail as received, to download and inspect (never rendered in the page). */
    @GetMapping("/mail/quarantine/{id}/raw")
    ResponseEntity<byte[]> raw(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("quarantined-" + id + ".eml")
                                .build()
                                .toString())
                .body(quarantine
                        .raw(id)
                        .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                                org.springframework.http.HttpStatus.NOT_FOUND, "No quarantined mail " + id)));
    }
}
