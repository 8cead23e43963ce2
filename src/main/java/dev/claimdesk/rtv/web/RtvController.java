package dev.claimdesk.rtv.web;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.mail.Mailbox;
import dev.claimdesk.rtv.RtvCase;
import dev.claimdesk.rtv.RtvCases;
import dev.claimdesk.rtv.RtvRefused;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The warehouse staff's RTV pages: the list of RTV cases, one case with its photos, trail and mails. */
@Controller
class RtvController {

    private static final int LIST_SIZE = 100;

    private final RtvCases rtvCases;
    private final Mailbox mailbox;
    private final BusinessCalendar calendar;

    RtvController(RtvCases rtvCases, Mailbox mailbox, BusinessCalendar calendar) {
        this.rtvCases = rtvCases;
        this.mailbox = mailbox;
        this.calendar = calendar;
    }

    @GetMapping("/rtv")
    String list(Model model) {
        model.addAttribute("cases", rtvCases.recent(LIST_SIZE));
        model.addAttribute("zone", calendar.zone());
        return "rtv/list";
    }

    @GetMapping("/rtv/{reference}")
    String rtvCase(@PathVariable String reference, Model model) {
        RtvCase rtv = found(reference);
        model.addAttribute("rtv", rtv);
        model.addAttribute("photos", rtvCases.photos(reference));
        model.addAttribute("history", rtvCases.history(reference));
        model.addAttribute("thread", mailbox.thread(reference));
        model.addAttribute("zone", calendar.zone());
        return "rtv/case";
    }

    @PostMapping("/rtv/{reference}/photos")
    String upload(
            @PathVariable String reference,
            @RequestParam(name = "photo", required = false) MultipartFile photo,
            Authentication auth,
            RedirectAttributes redirect)
            throws IOException {
        found(reference);
        if (photo == null || photo.isEmpty()) {
            redirect.addFlashAttribute("error", "Choose a photo to add.");
            return "redirect:/rtv/" + reference;
        }
        try {
            var added = rtvCases.addPhoto(reference, photo.getOriginalFilename(), photo.getBytes(), auth.getName());
            redirect.addFlashAttribute("message", "Photo " + added.fileName() + " added.");
        } catch (RtvRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/rtv/" + reference;
    }

    /** Shown inline: the content was checked to be a JPEG, PNG or WebP image when it was uploaded. */
    @GetMapping("/rtv/{reference}/photos/{id}")
    ResponseEntity<byte[]> photo(@PathVariable String reference, @PathVariable long id) {
        var meta = rtvCases.photos(reference).stream()
                .filter(p -> p.id() == id)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such photo."));
        byte[] content = rtvCases.photoContent(reference, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such photo."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(meta.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .body(content);
    }

    private RtvCase found(String reference) {
        return rtvCases.find(reference)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No RTV case " + reference + "."));
    }
}
