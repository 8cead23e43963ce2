package dev.claimdesk.workspace.web;

import dev.claimdesk.claims.ClaimDetails;
import dev.claimdesk.claims.Claims;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The whole claim on one page, with its open task's form. */
@Controller
class ClaimViewController {

    private final ClaimPage page;
    private final Claims claims;

    ClaimViewController(ClaimPage page, Claims claims) {
        this.page = page;
        this.claims = claims;
    }

    @GetMapping("/claims/{reference}")
    String claim(@PathVariable String reference, Authentication auth, Model model) {
        var worker = SignedIn.worker(auth);
        page.fill(model, page.visibleClaim(reference, worker), worker, Map.of(), Map.of(), null);
        return "workspace/claim";
    }

    /** Always a download (never shown inline): a seller's file is not trusted to render in the back office. */
    @GetMapping("/claims/{reference}/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String reference, @PathVariable long id, Authentication auth) {
        ClaimDetails claim = page.visibleClaim(reference, SignedIn.worker(auth));
        var file = claim.attachments().stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such attachment."));
        byte[] content = claims.attachmentContent(reference, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such attachment."));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    static final List<String> NOT_FORM_FIELDS = List.of("_csrf", "returnTo", "view");
}
