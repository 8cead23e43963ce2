package dev.claimdesk.workspace.web;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.security.Users;
import dev.claimdesk.tasks.TaskProblem;
import dev.claimdesk.tasks.TaskQuery.Queue;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import dev.claimdesk.workspace.SlaState;
import dev.claimdesk.workspace.internal.SlaClock;
import dev.claimdesk.workspace.internal.TaskFilter;
import dev.claimdesk.workspace.internal.TaskList;
import dev.claimdesk.workspace.internal.TeamNames;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The task list: queues with counts, filters kept in the URL, SLA badges, and claiming / assigning from the list. */
@Controller
class TaskListController {

    private final TaskList list;
    private final Tasks tasks;
    private final Users users;
    private final SlaClock sla;

    TaskListController(TaskList list, Tasks tasks, Users users, SlaClock sla) {
        this.list = list;
        this.tasks = tasks;
        this.users = users;
        this.sla = sla;
    }

    @GetMapping("/tasks")
    String list(
            @RequestParam Map<String, String> params,
            Authentication auth,
            @ModelAttribute("teamNames") TeamNames.Lookup teamNames,
            Model model) {
        Worker worker = SignedIn.worker(auth);
        TaskFilter filter = TaskFilter.from(params, null);
        if (filter.queue() == Queue.ALL && !worker.supervisor()) {
            model.addAttribute("notice", "Only supervisors see all tasks: here are your teams' tasks.");
            filter = filter.withQueue(Queue.TEAM);
        }
        var page = list.find(filter, worker, teamNames);
        // a first visit opens the agent's own work if there is any, else what the teams have waiting
        filter = filter.withQueue(page.queue()).withPage(filter.page());
        if (page.rows().isEmpty() && filter.page() > 0 && page.total() > 0) {
            return "redirect:/tasks?" + filter.withPage(page.page().pages() - 1).toQuery();
        }
        model.addAttribute("filter", filter);
        model.addAttribute("page", page.page());
        model.addAttribute("rows", page.rows());
        model.addAttribute("counts", page.countTexts());
        model.addAttribute("queues", worker.queues());
        model.addAttribute("worker", worker);
        model.addAttribute("categories", ClaimCategory.values());
        model.addAttribute(
                "statuses",
                Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::isOpen).toList());
        model.addAttribute("slaStates", List.of(SlaState.BREACHED, SlaState.DUE_TODAY, SlaState.ON_TIME));
        model.addAttribute("teams", SignedIn.teamChoices(worker, tasks, teamNames));
        model.addAttribute("zone", sla.zone());
        model.addAttribute("here", "/tasks" + (filter.toQuery().isEmpty() ? "" : "?" + filter.toQuery()));
        return "workspace/tasks";
    }

    @PostMapping("/tasks/{key}/claim")
    String claim(
            @PathVariable long key,
            @RequestParam(required = false) String returnTo,
            Authentication auth,
            RedirectAttributes redirect) {
        return act(returnTo, redirect, () -> tasks.claim(key, SignedIn.worker(auth)), "You work on %s now.");
    }

    @PostMapping("/tasks/{key}/unclaim")
    String unclaim(
            @PathVariable long key,
            @RequestParam(required = false) String returnTo,
            Authentication auth,
            RedirectAttributes redirect) {
        return act(
                returnTo, redirect, () -> tasks.unclaim(key, SignedIn.worker(auth)), "%s is back in its team's queue.");
    }

    @PostMapping("/tasks/{key}/assign")
    String assign(
            @PathVariable long key,
            @RequestParam(defaultValue = "") String assignee,
            @RequestParam(required = false) String returnTo,
            Authentication auth,
            RedirectAttributes redirect) {
        String who = assignee.strip();
        if (!who.isEmpty() && !users.exists(who)) {
            redirect.addFlashAttribute("error", "There is no user " + who + ".");
            return "redirect:" + SignedIn.safeReturn(returnTo, "/tasks");
        }
        return act(
                returnTo,
                redirect,
                () -> tasks.assign(key, who, SignedIn.worker(auth)),
                "%s is assigned to " + who + ".");
    }

    private static String act(String returnTo, RedirectAttributes redirect, Supplier<TaskView> action, String message) {
        try {
            TaskView task = action.get();
            redirect.addFlashAttribute("message", message.formatted(task.title()));
        } catch (TaskProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
        }
        return "redirect:" + SignedIn.safeReturn(returnTo, "/tasks");
    }
}
