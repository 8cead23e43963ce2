package dev.claimdesk.mail.web;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.mail.Mailbox;
import dev.claimdesk.mail.internal.MailStore;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A claim's mail thread, both directions, and what sellers sent: attachments, replies in full, the original mail. */
@Controller
class ThreadController {

    private final Claims claims;
    private final Mailbox mailbox;
    private final MailStore store;
    private final PlatformProperties settings;
    private final Tasks tasks;

    ThreadController(Claims claims, Mailbox mailbox, MailStore store, PlatformProperties settings, Tasks tasks) {
        this.claims = claims;
        this.mailbox = mailbox;
        this.store = store;
        this.settings = settings;
        this.tasks = tasks;
    }

    /** The same rule as the claim's page: the teams that work it, and supervisors. */
    private void requireView(String reference, Authentication auth) {
        if (!tasks.mayView(reference, Worker.of(auth))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Claim " + reference + " belongs to another team.");
        }
    }

    @GetMapping("/claims/{reference}/thread")
    String thread(@PathVariable String reference, Model model, Authentication auth) {
        var claim = claims.find(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        requireView(reference, auth);
        model.addAttribute("claim", claim);
        model.addAttribute("entries", mailbox.thread(claim.reference()));
        model.addAttribute("zone", settings.timeZone());
        return "mail/thread";
    }

    /** The seller's reply in full (a page shows its start): plain text, so nothing in it can render as markup. */
    @GetMapping("/claims/{reference}/thread/{id}/text")
    ResponseEntity<String> text(@PathVariable String reference, @PathVariable long id, Authentication auth) {
        return plainText(stored(reference, id, auth).text());
    }

    /** The seller's whole mail as text, quoted history and signature included. */
    @GetMapping("/claims/{reference}/thread/{id}/whole")
    ResponseEntity<String> whole(@PathVariable String reference, @PathVariable long id, Authentication auth) {
        var stored = stored(reference, id, auth);
        if (stored.wholeText() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return plainText(stored.wholeText());
    }

    /** The mail exactly as it was received, to open in a mail client: always a download. */
    @GetMapping("/claims/{reference}/thread/{id}/original")
    ResponseEntity<byte[]> original(@PathVariable String reference, @PathVariable long id, Authentication auth) {
        var stored = stored(reference, id, auth);
        if (stored.raw() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return download(reference + "-mail-" + id + ".eml", stored.raw());
    }

    private MailStore.Original stored(String reference, long id, Authentication auth) {
        requireView(reference, auth);
        return store.original(id)
                .filter(o -> o.claimReference().equals(reference))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<String> plainText(String text) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff")
                .body(text);
    }

    /** Always a download (never shown inline): a seller's file is not trusted to render in the back office. */
    @GetMapping("/claims/{reference}/thread/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String reference, @PathVariable long id, Authentication auth) {
        requireView(reference, auth);
        var attachment = store.attachment(id)
                .filter(a -> a.claimReference().equals(reference))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return download(attachment.fileName(), attachment.content());
    }

    private static ResponseEntity<byte[]> download(String fileName, byte[] content) {
        return new Mailbox.AttachmentFile(fileName, null, content).asDownload();
    }
}
