package dev.claimdesk.security.web;

import dev.claimdesk.security.Role;
import dev.claimdesk.security.Team;
import dev.claimdesk.security.internal.AdminRefusal;
import dev.claimdesk.security.internal.TeamAdministration;
import dev.claimdesk.security.internal.UnknownSubject;
import dev.claimdesk.security.internal.UserAdministration;
import dev.claimdesk.security.internal.UserRow;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The users page (/admin/** needs the ADMIN role): who may sign in, with which roles and teams, and what changed. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAdministration administration;
    private final TeamAdministration teams;

    UserAdminController(UserAdministration administration, TeamAdministration teams) {
        this.administration = administration;
        this.teams = teams;
    }

    @GetMapping
    String users(Model model) {
        return listPage(model, new UserForm(), Map.of());
    }

    @PostMapping
    String create(
            @ModelAttribute UserForm form,
            Principal admin,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            administration.create(
                    admin.getName(),
                    form.getUsername(),
                    form.getDisplayName(),
                    form.getPassword(),
                    form.chosenRoles(),
                    form.chosenTeams());
        } catch (AdminRefusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            form.setPassword("");
            return listPage(model, form, refused.errors());
        }
        redirect.addFlashAttribute("done", form.getUsername().strip() + " can sign in now with the password you gave.");
        return "redirect:/admin/users";
    }

    @GetMapping("/{username}")
    String user(@PathVariable String username, Model model) {
        UserRow user = find(username);
        var form = new UserForm();
        form.setUsername(user.username());
        form.setDisplayName(user.displayName());
        form.setRoles(user.roles().stream().map(Role::name).toList());
        form.setTeams(user.teams().stream().map(Team::id).toList());
        form.setEnabled(user.enabled());
        return userPage(model, user, form, Map.of());
    }

    @PostMapping("/{username}")
    String update(
            @PathVariable String username,
            @ModelAttribute UserForm form,
            Principal admin,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        UserRow user = find(username);
        form.setUsername(username);
        try {
            boolean changed = administration.update(
                    admin.getName(),
                    username,
                    form.getDisplayName(),
                    form.chosenRoles(),
                    form.chosenTeams(),
                    form.isEnabled());
            redirect.addFlashAttribute(
                    "done",
                    changed
                            ? username + " is saved; the change applies at their next click, no new sign-in needed."
                            : "Nothing to save: " + username + " was already like this.");
        } catch (AdminRefusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return userPage(model, user, form, refused.errors());
        }
        return redirectTo(username);
    }

    @PostMapping("/{username}/password")
    String resetPassword(
            @PathVariable String username,
            @RequestParam(name = "password", required = false) String password,
            Principal admin,
            RedirectAttributes redirect) {
        find(username);
        try {
            administration.resetPassword(admin.getName(), username, password);
            redirect.addFlashAttribute(
                    "done", "The password of " + username + " is reset: the old one no longer works.");
        } catch (AdminRefusal refused) {
            redirect.addFlashAttribute("failed", refused.getMessage());
        }
        return redirectTo(username);
    }

    @ExceptionHandler(UnknownSubject.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(UnknownSubject e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "admin/not-found";
    }

    private UserRow find(String username) {
        return administration.user(username).orElseThrow(() -> new UnknownSubject("user", username));
    }

    private String listPage(Model model, UserForm form, Map<String, String> errors) {
        model.addAttribute("users", administration.users());
        model.addAttribute("changes", administration.changes());
        return withChoices(model, form, errors, "admin/users");
    }

    private String userPage(Model model, UserRow user, UserForm form, Map<String, String> errors) {
        model.addAttribute("user", user);
        model.addAttribute("changes", administration.changesOf(user.username()));
        return withChoices(model, form, errors, "admin/user");
    }

    private String withChoices(Model model, UserForm form, Map<String, String> errors, String view) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("teams", teams.all());
        return view;
    }

    private static String redirectTo(String username) {
        return "redirect:"
                + UriComponentsBuilder.fromPath("/admin/users/{username}")
                        .buildAndExpand(username)
                        .encode()
                        .toUriString();
    }
}
