package dev.claimdesk.workspace.web;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimHits;
import dev.claimdesk.claims.ClaimSearch;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.platform.Csv;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import dev.claimdesk.workspace.internal.ClaimFilter;
import dev.claimdesk.workspace.internal.SlaClock;
import dev.claimdesk.workspace.internal.TeamNames;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The claim search: every claim the person may open, open or closed, filtered, sorted, paged and as CSV. */
@Controller
class ClaimSearchController {

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Claims claims;
    private final Tasks tasks;
    private final SlaClock sla;

    ClaimSearchController(Claims claims, Tasks tasks, SlaClock sla) {
        this.claims = claims;
        this.tasks = tasks;
        this.sla = sla;
    }

    @GetMapping("/claims")
    String search(
            @RequestParam Map<String, String> params,
            Authentication auth,
            @ModelAttribute("teamNames") TeamNames.Lookup teamNames,
            Model model) {
        Worker worker = SignedIn.worker(auth);
        ClaimFilter filter = ClaimFilter.from(params);
        ClaimHits hits = claims.search(filter.search(sla.zone()), worker, filter.page(), ClaimFilter.PAGE_SIZE);
        if (hits.rows().isEmpty() && filter.page() > 0 && hits.total() > 0) {
            return "redirect:/claims?" + filter.withPage(hits.pages() - 1).toQuery();
        }
        model.addAttribute("filter", filter);
        model.addAttribute("hits", hits);
        model.addAttribute("worker", worker);
        model.addAttribute("categories", ClaimCategory.values());
        model.addAttribute("statuses", ClaimStatus.values());
        model.addAttribute("sorts", ClaimSearch.Sort.values());
        model.addAttribute("teams", SignedIn.teamChoices(worker, tasks, teamNames));
        model.addAttribute("zone", sla.zone());
        return "workspace/claims";
    }

    /** Every match, streamed (no row cap), in the page's order; times in the team's zone. */
    @GetMapping("/claims/export.csv")
    void csv(@RequestParam Map<String, String> params, Authentication auth, HttpServletResponse response)
            throws IOException {
        Worker worker = SignedIn.worker(auth);
        ClaimFilter filter = ClaimFilter.from(params);
        ZoneId zone = sla.zone();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"claimdesk-claims.csv\"");
        Csv csv = new Csv(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        csv.row(
                "reference",
                "category",
                "shop",
                "shop name",
                "country",
                "order number",
                "statement period",
                "status",
                "deadline missed",
                "submitted (" + zone + ")",
                "closed (" + zone + ")",
                "seller replied (" + zone + ")");
        claims.forEachMatch(
                filter.search(zone),
                worker,
                hit -> csv.row(
                        hit.reference(),
                        hit.category().label(),
                        hit.shop(),
                        hit.shopName(),
                        hit.country(),
                        hit.orderNumber(),
                        hit.statementPeriod(),
                        hit.status().label(),
                        hit.slaBreached() ? "yes" : "no",
                        local(hit.submittedAt(), zone),
                        local(hit.closedAt(), zone),
                        local(hit.sellerRepliedAt(), zone)));
        csv.flush();
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant == null ? "" : CSV_TIME.format(instant.atZone(zone));
    }
}
