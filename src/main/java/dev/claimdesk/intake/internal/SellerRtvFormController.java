package dev.claimdesk.intake.internal;

import dev.claimdesk.platform.OutsideServiceException;
import dev.claimdesk.rtv.RtvCase;
import dev.claimdesk.rtv.RtvCases;
import dev.claimdesk.rtv.RtvRefused;
import dev.claimdesk.rtv.RtvRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The seller's RTV request form, opened with the same signed link as the claim form: a returned item that is not
 * theirs, to be collected at the warehouse (the first step of a wrong-return claim). The same rules as the API.
 */
@Controller
@RequestMapping("/seller/rtv")
class SellerRtvFormController {

    private final RtvCases rtvCases;
    private final SellerFormSupport access;

    SellerRtvFormController(RtvCases rtvCases, SellerFormSupport access) {
        this.rtvCases = rtvCases;
        this.access = access;
    }

    @GetMapping("/new")
    String form(
            @RequestParam(required = false) String shop,
            @RequestParam(defaultValue = "0") long expires,
            @RequestParam(required = false) String sig,
            Model model,
            HttpServletResponse response) {
        if (!access.valid(shop, expires, sig)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "seller/link-invalid";
        }
        return render(model, shop, expires, sig, Map.of(), Map.of(), null);
    }

    @PostMapping
    String submit(
            @RequestParam String shop,
            @RequestParam long expires,
            @RequestParam String sig,
            @RequestParam(defaultValue = "") String orderNumber,
            @RequestParam(defaultValue = "") String sku,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!access.valid(shop, expires, sig)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "seller/link-invalid";
        }
        Map<String, String> values = Map.of("orderNumber", orderNumber, "sku", sku, "reason", reason);
        try {
            RtvCase rtv = rtvCases.request(
                    new RtvRequest(shop, orderNumber.strip(), sku.strip(), reason.strip(), "web"), "seller");
            redirect.addAttribute("reference", rtv.reference());
            redirect.addAttribute("shop", shop);
            redirect.addAttribute("expires", expires);
            redirect.addAttribute("sig", sig);
            return "redirect:/seller/rtv/requested";
        } catch (RtvRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return render(
                    model, shop, expires, sig, values, Map.of(refused.field(), refused.getMessage()), "Please check");
        } catch (OutsideServiceException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            return render(
                    model,
                    shop,
                    expires,
                    sig,
                    values,
                    Map.of(),
                    "The order service cannot be reached right now; nothing was stored. Please try again later.");
        }
    }

    @GetMapping("/requested")
    String requested(
            @RequestParam String reference,
            @RequestParam String shop,
            @RequestParam long expires,
            @RequestParam String sig,
            Model model,
            HttpServletResponse response) {
        if (!access.valid(shop, expires, sig)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "seller/link-invalid";
        }
        RtvCase rtv =
                rtvCases.find(reference).filter(r -> r.shop().equals(shop)).orElse(null);
        if (rtv == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "seller/link-invalid";
        }
        model.addAttribute("rtv", rtv);
        model.addAttribute("email", access.emailOf(shop));
        model.addAttribute("links", links(shop, expires, sig));
        return "seller/rtv-requested";
    }

    private String render(
            Model model,
            String shop,
            long expires,
            String sig,
            Map<String, String> values,
            Map<String, String> errors,
            String problem) {
        model.addAttribute("shop", shop);
        model.addAttribute("shopName", access.nameOf(shop));
        model.addAttribute("expires", expires);
        model.addAttribute("sig", sig);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("links", links(shop, expires, sig));
        return "seller/rtv-form";
    }

    /** The seller's other pages, opened with the same signed link. */
    static Map<String, String> links(String shop, long expires, String sig) {
        String query = "?shop=" + java.net.URLEncoder.encode(shop, java.nio.charset.StandardCharsets.UTF_8)
                + "&expires=" + expires + "&sig=" + sig;
        return Map.of("claim", "/seller/claims/new" + query, "rtv", "/seller/rtv/new" + query);
    }
}
