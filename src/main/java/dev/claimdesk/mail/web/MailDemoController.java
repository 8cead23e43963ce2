package dev.claimdesk.mail.web;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.mail.MailKind;
import dev.claimdesk.mail.Mailbox;
import dev.claimdesk.mail.OutgoingMail;
import dev.claimdesk.mail.internal.MailStore;
import dev.claimdesk.platform.PlatformProperties;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Demo only (claimdesk.demo.enabled, or claimdesk.mail.demo-page): watch the mail loop. Send a mail to a claim's seller as the platform, see the
 * mails sent to sellers, and answer one as the seller through the real SMTP server; the reply is read back from the
 * helpdesk mailbox like any other and appears on the claim's thread.
 */
@Controller
@ConditionalOnExpression("${claimdesk.demo.enabled:false} or ${claimdesk.mail.demo-page:false}")
class MailDemoController {

    /** What a person may send from the demo page; the others need a process to send them. */
    static final List<MailKind> SENDABLE =
            List.of(MailKind.INFO_REQUEST, MailKind.REMINDER, MailKind.RESOLUTION, MailKind.CLAIM_ACKNOWLEDGEMENT);

    private final Claims claims;
    private final Mailbox mailbox;
    private final MailStore store;
    private final SellerSimulator seller;
    private final PlatformProperties settings;

    MailDemoController(
            Claims claims, Mailbox mailbox, MailStore store, JavaMailSenderImpl smtp, PlatformProperties settings) {
        this.claims = claims;
        this.mailbox = mailbox;
        this.store = store;
        this.seller = new SellerSimulator(smtp, settings);
        this.settings = settings;
    }

    @GetMapping("/admin/mail-demo")
    String page(Model model) {
        model.addAttribute("claims", claims.recent(20));
        model.addAttribute("kinds", SENDABLE);
        model.addAttribute("mails", store.recentToSellers(30));
        model.addAttribute("zone", settings.timeZone());
        return "mail/demo";
    }

    @PostMapping("/admin/mail-demo/send")
    String send(
            @RequestParam String reference,
            @RequestParam MailKind kind,
            @RequestParam(defaultValue = "") String text,
            RedirectAttributes redirect) {
        if (!SENDABLE.contains(kind)) {
            redirect.addFlashAttribute("error", kind + " cannot be sent from here.");
            return "redirect:/admin/mail-demo";
        }
        String key = kind == MailKind.RESOLUTION ? "resolution" : "question";
        String messageId =
                mailbox.queue(new OutgoingMail(reference, kind, "demo-" + UUID.randomUUID(), Map.of(key, text)));
        redirect.addFlashAttribute(
                "message", "Queued " + kind.subject() + " for " + reference + " (" + messageId + ").");
        return "redirect:/admin/mail-demo";
    }

    @PostMapping("/admin/mail-demo/reply")
    String reply(@RequestParam long mailId, @RequestParam String text, RedirectAttributes redirect) {
        var original = store.find(mailId).orElseThrow();
        try {
            seller.reply(original, text);
        } catch (MessagingException e) {
            redirect.addFlashAttribute("error", "The SMTP server did not take the reply: " + e.getMessage());
            return "redirect:/admin/mail-demo";
        }
        redirect.addFlashAttribute(
                "message",
                "Sent as " + original.to() + " to " + original.replyTo()
                        + ". The mailbox is read every few seconds: refresh to see the reply on the thread.");
        return "redirect:/claims/" + original.claimReference() + "/thread";
    }
}
