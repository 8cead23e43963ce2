package dev.claimdesk.intake.internal;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.claims.AttachmentKind;
import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.intake.IntakeRejected;
import dev.claimdesk.intake.IntakeRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The seller's "Raise a claim" form: the same rules as the API, with the errors next to their fields. */
@Controller
@RequestMapping("/seller/claims")
class SellerFormController {

    private static final String INVALID_LINK = "seller/link-invalid";
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final ClaimIntake intake;
    private final SellerFormSupport access;
    private final PhotosOnFile photosOnFile;
    private final BusinessCalendar calendar;

    SellerFormController(
            ClaimIntake intake, SellerFormSupport access, PhotosOnFile photosOnFile, BusinessCalendar calendar) {
        this.intake = intake;
        this.access = access;
        this.photosOnFile = photosOnFile;
        this.calendar = calendar;
    }

    @GetMapping("/new")
    String form(
            @RequestParam(required = false) String shop,
            @RequestParam(defaultValue = "0") long expires,
            @RequestParam(required = false) String sig,
            @RequestParam(required = false) String category,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        if (forged(shop, expires, sig, response)) {
            return INVALID_LINK;
        }
        model.addAttribute("values", category == null ? Map.of() : Map.of("category", category));
        return render(model, shop, expires, sig, Map.of(), List.of());
    }

    @PostMapping
    String submit(
            @RequestParam String shop,
            @RequestParam long expires,
            @RequestParam String sig,
            @RequestParam String formKey,
            @RequestParam MultiValueMap<String, String> params,
            MultipartHttpServletRequest files,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        if (forged(shop, expires, sig, response)) {
            return INVALID_LINK;
        }
        String category = params.getFirst("category");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        ClaimCategory chosen = Arrays.stream(ClaimCategory.values())
                .filter(c -> c.name().equals(category))
                .findFirst()
                .orElse(null);
        if (chosen != null) {
            chosen.fields().forEach(f -> fields.put(f.key(), params.getOrDefault(f.key(), List.of())));
        }
        List<IntakeRequest.Upload> uploads = new ArrayList<>();
        for (AttachmentKind kind : AttachmentKind.values()) {
            for (MultipartFile file : files.getFiles("file_" + kind.name())) {
                if (!file.isEmpty()) {
                    uploads.add(new IntakeRequest.Upload(
                            kind.name(), file.getOriginalFilename(), file.getContentType(), bytes(file)));
                }
            }
        }
        try {
            var result = intake.submit(
                    new IntakeRequest(
                            category,
                            shop,
                            access.countryOf(shop),
                            fields,
                            uploads,
                            "true".equals(params.getFirst("usePhotosOnFile"))),
                    "web",
                    formKey);
            redirect.addAttribute("reference", result.reference());
            redirect.addAttribute("shop", shop);
            redirect.addAttribute("expires", expires);
            redirect.addAttribute("sig", sig);
            return "redirect:/seller/claims/submitted";
        } catch (IntakeRejected rejected) {
            response.setStatus(
                    rejected.reason() == IntakeRejected.Reason.UNAVAILABLE
                            ? HttpStatus.SERVICE_UNAVAILABLE.value()
                            : HttpStatus.UNPROCESSABLE_ENTITY.value());
            Map<String, String> errors = new LinkedHashMap<>();
            rejected.errors()
                    .forEach(e -> errors.merge(
                            e.field().startsWith("attachments") ? "attachments" : e.field(),
                            e.message(),
                            (a, b) -> a + " " + b));
            model.addAttribute("values", params.toSingleValueMap());
            model.addAttribute("problem", rejected.getMessage());
            model.addAttribute("hadFiles", !uploads.isEmpty());
            photos(model, shop, params.getFirst("appealReference"), params.getFirst("usePhotosOnFile") != null);
            return render(model, shop, expires, sig, errors, rejected.errors());
        }
    }

    /**
     * The photos the warehouse took at the shop's on-site appeal, for the form to offer once the seller has typed the
     * appeal reference (the page asks in the background; the signed link limits it to the seller's own shop).
     */
    @GetMapping("/photos-on-file")
    String photosOnFile(
            @RequestParam String shop,
            @RequestParam long expires,
            @RequestParam String sig,
            @RequestParam(required = false) String appealReference,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        if (forged(shop, expires, sig, response)) {
            return INVALID_LINK;
        }
        photos(model, shop, appealReference, true);
        return "seller/photos-on-file :: photos";
    }

    /** A link that is not signed or has expired: a 403 with a page that says so. */
    private boolean forged(String shop, long expires, String sig, jakarta.servlet.http.HttpServletResponse response) {
        if (access.valid(shop, expires, sig)) {
            return false;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return true;
    }

    record PhotoOnFile(String fileName, String takenAt) {}

    private void photos(Model model, String shop, String appealReference, boolean use) {
        var appeal = photosOnFile.appeal(shop, appealReference);
        model.addAttribute("appealLooked", appealReference != null && !appealReference.isBlank());
        model.addAttribute("appealFound", appeal.isPresent());
        model.addAttribute("appealReference", appealReference == null ? "" : appealReference.strip());
        model.addAttribute(
                "photosOnFile",
                photosOnFile.list(shop, appealReference).stream()
                        .map(p -> new PhotoOnFile(
                                p.fileName(), TAKEN.format(p.uploadedAt().atZone(calendar.zone()))))
                        .toList());
        model.addAttribute("usePhotosOnFile", use);
    }

    @GetMapping("/submitted")
    String submitted(
            @RequestParam String reference,
            @RequestParam String shop,
            @RequestParam long expires,
            @RequestParam String sig,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        if (forged(shop, expires, sig, response)) {
            return INVALID_LINK;
        }
        model.addAttribute("reference", reference);
        model.addAttribute("email", access.emailOf(shop));
        model.addAttribute("newLink", "/seller/claims/new?shop=" + shop + "&expires=" + expires + "&sig=" + sig);
        return "seller/submitted";
    }

    private String render(
            Model model,
            String shop,
            long expires,
            String sig,
            Map<String, String> errors,
            List<IntakeRejected.FieldError> all) {
        model.addAttribute("shop", shop);
        model.addAttribute("shopName", access.nameOf(shop));
        model.addAttribute(
                "rtvLink", SellerRtvFormController.links(shop, expires, sig).get("rtv"));
        model.addAttribute("expires", expires);
        model.addAttribute("sig", sig);
        model.addAttribute("formKey", UUID.randomUUID().toString());
        model.addAttribute("categories", ClaimCategory.values());
        model.addAttribute("fields", ClaimField.values());
        model.addAttribute("attachmentKinds", AttachmentKind.values());
        model.addAttribute("fieldCategories", categoriesOf(c -> c.fields()));
        model.addAttribute("requiredBy", categoriesOf(c -> c.requiredFields()));
        model.addAttribute("kindCategories", kindCategories());
        model.addAttribute("errors", errors);
        model.addAttribute("allErrors", all);
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", Map.of());
        }
        if (!model.containsAttribute("photosOnFile")) {
            photos(model, shop, null, true);
        }
        return "seller/claim-form";
    }

    /** For each field key, the categories (space-separated) whose form shows it: the page's script uses it. */
    private static Map<String, String> categoriesOf(
            java.util.function.Function<ClaimCategory, List<ClaimField>> which) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ClaimField field : ClaimField.values()) {
            out.put(
                    field.key(),
                    Arrays.stream(ClaimCategory.values())
                            .filter(c -> which.apply(c).contains(field))
                            .map(Enum::name)
                            .collect(java.util.stream.Collectors.joining(" ")));
        }
        return out;
    }

    private static Map<String, String> kindCategories() {
        Map<String, String> out = new LinkedHashMap<>();
        for (AttachmentKind kind : AttachmentKind.values()) {
            out.put(
                    kind.name(),
                    Arrays.stream(ClaimCategory.values())
                            .filter(c -> c.attachmentKinds().contains(kind))
                            .map(Enum::name)
                            .collect(java.util.stream.Collectors.joining(" ")));
        }
        return out;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
