package dev.claimdesk.dashboard.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.dashboard.internal.ChartData;
import dev.claimdesk.dashboard.internal.CsvExport;
import dev.claimdesk.dashboard.internal.DashboardFilter;
import dev.claimdesk.dashboard.internal.DashboardQuery;
import dev.claimdesk.dashboard.internal.DashboardRebuild;
import dev.claimdesk.dashboard.internal.Processes;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.security.Teams;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The managers' dashboard (managers, supervisors, admins: see DashboardSecurityConfiguration) and its CSV exports. */
@Controller
class DashboardController {

    private final DashboardQuery query;
    private final CsvExport export;
    private final ObjectMapper json;
    private final PlatformProperties settings;
    private final Teams teams;
    private final DashboardRebuild rebuild;

    DashboardController(
            DashboardQuery query,
            CsvExport export,
            ObjectMapper json,
            PlatformProperties settings,
            Teams teams,
            DashboardRebuild rebuild) {
        this.rebuild = rebuild;
        this.query = query;
        this.export = export;
        this.json = json;
        this.settings = settings;
        this.teams = teams;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam Map<String, String> params, Model model) throws JsonProcessingException {
        DashboardFilter filter = DashboardFilter.from(params, query.today());
        var view = query.load(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("view", view);
        model.addAttribute("chartsJson", json.writeValueAsString(ChartData.of(view)));
        model.addAttribute("zone", settings.timeZone());
        model.addAttribute("categories", ClaimCategory.values());
        model.addAttribute("processes", Processes.ALL);
        // the teams admins keep at /admin/teams, by name (issue 17)
        model.addAttribute("teams", teams.all());
        model.addAttribute(
                "exports",
                Arrays.stream(CsvExport.Table.values())
                        .map(CsvExport.Table::word)
                        .toList());
        return "dashboard/dashboard";
    }

    /** How far the rebuild from the trails has come (admins; the page refreshes itself while it runs). */
    @GetMapping("/dashboard/rebuild")
    String rebuildProgress(Model model) {
        model.addAttribute("progress", rebuild.progress());
        model.addAttribute("zone", settings.timeZone());
        return "dashboard/rebuild";
    }

    /**
     * Starts a rebuild of the figures from every process's stored trail (admins, with the form's CSRF token and its
     * confirmation box ticked).
     */
    @PostMapping("/dashboard/rebuild")
    String startRebuild(Principal who, @RequestParam(required = false) String confirm, RedirectAttributes flash) {
        if (!"yes".equals(confirm)) {
            // the figures are emptied first: a stray post (or a crawler) must not do it
            flash.addFlashAttribute("notice", "Nothing was started: tick the box to confirm the rebuild.");
            return "redirect:/dashboard/rebuild";
        }
        boolean started = rebuild.start(who.getName());
        flash.addFlashAttribute(
                "notice",
                started
                        ? "The rebuild has started: the figures fill up again as it goes."
                        : "A rebuild is already running; its progress is below.");
        return "redirect:/dashboard/rebuild";
    }

    @GetMapping("/dashboard/export/{table}.csv")
    void csv(@PathVariable String table, @RequestParam Map<String, String> params, HttpServletResponse response)
            throws IOException {
        CsvExport.Table which = Arrays.stream(CsvExport.Table.values())
                .filter(t -> t.word().equals(table))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No export named " + table));
        DashboardFilter filter = DashboardFilter.from(params, query.today());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"claimdesk-%s-%s-%s.csv\"".formatted(table, filter.from(), filter.to()));
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        export.write(which, filter, out);
    }
}
