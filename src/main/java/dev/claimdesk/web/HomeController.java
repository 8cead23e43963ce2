package dev.claimdesk.web;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.intake.SellerLinks;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.referenceservices.ReferenceServices;
import dev.claimdesk.security.Authorities;
import dev.claimdesk.security.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    /** Shops whose seller's form the demo offers to open (the reference services' demo shops). */
    private static final List<String> DEMO_SELLERS = List.of(
            ReferenceServices.DEMO_SHOP_SHENZHEN_GADGETS,
            ReferenceServices.DEMO_SHOP_LAGOS_LIGHTS,
            ReferenceServices.DEMO_SHOP_NAIROBI_NATURALS);

    private final Claims claims;
    private final PlatformProperties settings;
    private final SellerLinks sellerLinks;
    private final boolean demo;

    HomeController(
            Claims claims,
            PlatformProperties settings,
            SellerLinks sellerLinks,
            @Value("${claimdesk.demo.enabled:false}") boolean demo) {
        this.claims = claims;
        this.settings = settings;
        this.sellerLinks = sellerLinks;
        this.demo = demo;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model, org.springframework.security.core.Authentication auth) {
        // warehouse staff see their RTV work only, not the claims of the back office
        if (auth != null
                && Authorities.hasAnyRole(auth, Role.WAREHOUSE)
                && !Authorities.hasAnyRole(auth, Role.AGENT, Role.SUPERVISOR, Role.MANAGER, Role.ADMIN)) {
            return "redirect:/rtv";
        }
        model.addAttribute("claims", claims.recent(20));
        model.addAttribute("zone", settings.timeZone());
        if (demo) {
            Map<String, String> links = new LinkedHashMap<>();
            DEMO_SELLERS.forEach(shop -> links.put(shop, sellerLinks.formLink(shop)));
            model.addAttribute("sellerLinks", links);
        }
        return "home";
    }
}
