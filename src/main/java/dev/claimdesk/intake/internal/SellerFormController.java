package dev.claimdesk.intake.internal;

import dev.claimdesk.claims.AttachmentKind;
import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.intake.IntakeRejected;
import dev.claimdesk.intake.IntakeRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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

    private final ClaimIntake intake;
    private final SellerFormSupport access;

    SellerFormController(ClaimIntake intake, SellerFormSupport access) {
        this.intake = intake;
        this.access = access;
    }

    @GetMapping("/new")
    String form(
            @RequestParam(required = false) String shop,
            @RequestParam(defaultValue = "0") long expires,
            @RequestParam(required = false) String sig,
            @RequestParam(required = false) String category,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        if (!access.valid(shop, expires, sig)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "seller/link-invalid";
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
        if (!access.valid(shop, expires, sig)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "seller/link-invalid";
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
                    new IntakeRequest(category, shop, access.countryOf(shop), fields, uploads), "web", formKey);
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
            return render(model, shop, expires, sig, errors, rejected.errors());
        }
    }

    @GetMapping("/submitted")
    String submitted(
            @RequestParam String reference,
            @RequestParam String shop,
            @RequestParam long expires,
            @RequestParam String sig,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        if (!access.valid(shop, expires, sig)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "seller/link-invalid";
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
