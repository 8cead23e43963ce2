package dev.claimdesk.security.web;

import dev.claimdesk.security.internal.AdminRefusal;
import dev.claimdesk.security.internal.TeamAdministration;
import dev.claimdesk.security.internal.UnknownSubject;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The teams page (/admin/** needs the ADMIN role): list, create, rename, set the calendar, delete an unused team. */
@Controller
@RequestMapping("/admin/teams")
class TeamAdminController {

    private final TeamAdministration teams;

    TeamAdminController(TeamAdministration teams) {
        this.teams = teams;
    }

    @GetMapping
    String teams(Model model) {
        return page(model, Map.of("calendar", teams.defaultCalendarId()), Map.of());
    }

    @PostMapping
    String create(
            @RequestParam(name = "id", required = false) String id,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "calendar", required = false) String calendar,
            Principal admin,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var team = teams.create(admin.getName(), id, name, calendar);
            redirect.addFlashAttribute(
                    "done",
                    "Team " + team.name() + " is created: add people to it on the Users page; tasks whose candidate"
                            + " group is " + team.id() + " are in its queue.");
            return "redirect:/admin/teams";
        } catch (AdminRefusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> form = new LinkedHashMap<>();
            form.put("id", id == null ? "" : id);
            form.put("name", name == null ? "" : name);
            form.put("calendar", calendar == null ? teams.defaultCalendarId() : calendar);
            return page(model, form, refused.errors());
        }
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable String id,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "calendar", required = false) String calendar,
            Principal admin,
            RedirectAttributes redirect) {
        try {
            boolean changed = teams.update(admin.getName(), id, name, calendar);
            redirect.addFlashAttribute(
                    "done",
                    changed ? "Team " + id + " is saved." : "Nothing to save: team " + id + " was already like this.");
        } catch (AdminRefusal refused) {
            redirect.addFlashAttribute("failed", refused.getMessage());
        }
        return "redirect:/admin/teams";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String id, Principal admin, RedirectAttributes redirect) {
        try {
            var team = teams.delete(admin.getName(), id);
            redirect.addFlashAttribute("done", "Team " + team.name() + " is deleted.");
        } catch (AdminRefusal refused) {
            redirect.addFlashAttribute("failed", refused.getMessage());
        }
        return "redirect:/admin/teams";
    }

    @ExceptionHandler(UnknownSubject.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(UnknownSubject e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "admin/not-found";
    }

    private String page(Model model, Map<String, String> form, Map<String, String> errors) {
        var all = teams.all();
        Map<String, Integer> members = new LinkedHashMap<>();
        all.forEach(t -> members.put(t.id(), teams.members(t.id()).size()));
        model.addAttribute("teams", all);
        model.addAttribute("members", members);
        model.addAttribute("calendars", teams.calendarIds());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("changes", teams.changes());
        return "admin/teams";
    }
}
