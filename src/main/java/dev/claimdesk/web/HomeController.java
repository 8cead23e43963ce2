package dev.claimdesk.web;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.platform.PlatformProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final Claims claims;
    private final PlatformProperties settings;

    HomeController(Claims claims, PlatformProperties settings) {
        this.claims = claims;
        this.settings = settings;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("claims", claims.recent(20));
        model.addAttribute("zone", settings.timeZone());
        return "home";
    }
}
