package dev.claimdesk.web;

import dev.claimdesk.intake.SellerLinks;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.referenceservices.ReferenceServices;
import dev.claimdesk.security.Authorities;
import dev.claimdesk.security.Role;
import dev.claimdesk.tasks.Worker;
import dev.claimdesk.workspace.Agenda;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in, and the home page: what needs the signed-in person today and where their roles' work is. */
@Controller
class HomeController {

    /** Shops whose seller's form the demo offers to open (the reference services' demo shops). */
    private static final List<String> DEMO_SELLERS = List.of(
            ReferenceServices.DEMO_SHOP_SHENZHEN_GADGETS,
            ReferenceServices.DEMO_SHOP_LAGOS_LIGHTS,
            ReferenceServices.DEMO_SHOP_NAIROBI_NATURALS);

    private final Agenda agenda;
    private final PlatformProperties settings;
    private final SellerLinks sellerLinks;
    private final boolean demo;

    HomeController(
            Agenda agenda,
            PlatformProperties settings,
            SellerLinks sellerLinks,
            @Value("${claimdesk.demo.enabled:false}") boolean demo) {
        this.agenda = agenda;
        this.settings = settings;
        this.sellerLinks = sellerLinks;
        this.demo = demo;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model, Authentication auth) {
        Worker worker = Worker.of(auth);
        model.addAttribute("agenda", agenda.of(worker));
        model.addAttribute("worker", worker);
        model.addAttribute("places", places(auth));
        model.addAttribute("zone", settings.timeZone());
        if (demo) {
            Map<String, String> links = new LinkedHashMap<>();
            DEMO_SELLERS.forEach(shop -> links.put(shop, sellerLinks.formLink(shop)));
            model.addAttribute("sellerLinks", links);
        }
        return "home";
    }

    /** A page the home page points a person to, by what their roles are for. */
    record Place(String id, String title, String href, String why) {}

    /** Where each role's work is: a manager's dashboard, an admin's users and teams, the warehouse's RTV cases. */
    static List<Place> places(Authentication auth) {
        List<Place> places = new ArrayList<>();
        if (Authorities.hasAnyRole(auth, Role.MANAGER, Role.SUPERVISOR, Role.ADMIN)) {
            places.add(new Place(
                    "dashboard",
                    "Dashboard",
                    "/dashboard",
                    "Is the 3-working-day promise kept, where claims pile up, deadlines missed and due today."));
        }
        if (Authorities.hasAnyRole(auth, Role.SUPERVISOR, Role.ADMIN)) {
            places.add(new Place("all-tasks", "All tasks", "/tasks?queue=all", "Every queue: assign and rebalance."));
            places.add(new Place(
                    "quarantine", "Quarantined mail", "/mail/quarantine", "Seller mail no claim could be matched to."));
        }
        if (Authorities.hasAnyRole(auth, Role.ADMIN)) {
            places.add(new Place(
                    "users", "Users", "/admin/users", "Add people, set their roles and teams, reset a password."));
            places.add(new Place("teams", "Teams", "/admin/teams", "The queues, their names and calendars."));
            places.add(new Place("calendar", "Calendar", "/admin/calendar", "Working days, holidays, make-up days."));
        }
        if (Authorities.hasAnyRole(auth, Role.WAREHOUSE)) {
            places.add(new Place(
                    "rtv", "RTV cases", "/rtv", "Returned items to collect: pickups, on-site appeals and photos."));
        }
        if (Authorities.hasAnyRole(auth, Role.BRAND_PROTECTION)) {
            places.add(new Place(
                    "findings", "Counterfeit findings", "/findings", "Record a finding, review sellers' appeals."));
        }
        if (Authorities.hasAnyRole(auth, Role.AGENT, Role.SUPERVISOR, Role.MANAGER, Role.ADMIN)) {
            places.add(new Place("claims", "Claims", "/claims", "Find any claim you may open, open or closed."));
        }
        return places;
    }
}
