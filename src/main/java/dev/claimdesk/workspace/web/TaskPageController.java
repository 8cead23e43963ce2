package dev.claimdesk.workspace.web;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.mail.Mailbox;
import dev.claimdesk.mail.ThreadEntry;
import dev.claimdesk.tasks.TaskProblem;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import dev.claimdesk.workspace.internal.SlaClock;
import dev.claimdesk.workspace.internal.TaskForms;
import dev.claimdesk.workspace.internal.TaskPanel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One task with its form, and the form's submission (which completes the task). */
@Controller
class TaskPageController {

    private final Tasks tasks;
    private final Claims claims;
    private final ClaimPage claimPage;
    private final TaskForms forms;
    private final SlaClock sla;
    private final Mailbox mailbox;

    TaskPageController(
            Tasks tasks, Claims claims, ClaimPage claimPage, TaskForms forms, SlaClock sla, Mailbox mailbox) {
        this.tasks = tasks;
        this.claims = claims;
        this.claimPage = claimPage;
        this.forms = forms;
        this.sla = sla;
        this.mailbox = mailbox;
    }

    @GetMapping("/tasks/{key}")
    String task(@PathVariable long key, Authentication auth, Model model) {
        Worker worker = SignedIn.worker(auth);
        fillTask(model, tasks.get(key, worker), worker, Map.of(), Map.of(), null);
        return "workspace/task";
    }

    /**
     * Completes the task with the submitted form. Refused values come back in the same page (the claim view or the
     * task page, whichever it was sent from) with a message at each field and everything the agent entered kept.
     */
    @PostMapping("/tasks/{key}/complete")
    String complete(
            @PathVariable long key,
            @RequestParam(defaultValue = "task") String view,
            @RequestParam(required = false) String returnTo,
            HttpServletRequest request,
            HttpServletResponse response,
            Authentication auth,
            Model model,
            RedirectAttributes redirect) {
        Worker worker = SignedIn.worker(auth);
        Map<String, List<String>> formData = formData(request);
        TaskView task = tasks.get(key, worker);
        try {
            TaskView done = tasks.complete(key, formData, worker);
            redirect.addFlashAttribute("message", "Done: " + done.title() + ".");
            String fallback = done.claimReference() != null
                            && claims.find(done.claimReference()).isPresent()
                    ? "/claims/" + done.claimReference()
                    : "/tasks";
            return "redirect:" + SignedIn.safeReturn(returnTo, fallback);
        } catch (TaskProblem problem) {
            if (problem.kind() != TaskProblem.Kind.INVALID) {
                redirect.addFlashAttribute("error", problem.getMessage());
                return "redirect:" + SignedIn.safeReturn(returnTo, "/tasks/" + key);
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("error", problem.getMessage());
            if ("claim".equals(view) && task.claimReference() != null) {
                var claim = claimPage.visibleClaim(task.claimReference(), worker);
                claimPage.fill(model, claim, worker, formData, problem.fieldErrors(), problem.getMessage());
                return "workspace/claim";
            }
            fillTask(model, task, worker, formData, problem.fieldErrors(), problem.getMessage());
            return "workspace/task";
        }
    }

    private void fillTask(
            Model model,
            TaskView task,
            Worker worker,
            Map<String, List<String>> submitted,
            Map<String, String> errors,
            String formError) {
        model.addAttribute("panel", TaskPanel.of(task, worker, sla, forms, submitted, errors, formError));
        model.addAttribute(
                "summary",
                task.claimReference() == null
                        ? null
                        : claims.find(task.claimReference()).orElse(null));
        model.addAttribute("zone", sla.zone());
        // the seller's latest answer beside the form, shown as the thread shows it
        model.addAttribute(
                "sellerReply",
                task.claimReference() == null
                        ? null
                        : mailbox.thread(task.claimReference()).stream()
                                .filter(e -> e.status() == ThreadEntry.Status.REPLY)
                                .reduce((first, second) -> second)
                                .orElse(null));
    }

    private static Map<String, List<String>> formData(HttpServletRequest request) {
        Map<String, List<String>> data = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!ClaimViewController.NOT_FORM_FIELDS.contains(name)) {
                data.put(name, Arrays.asList(values));
            }
        });
        return data;
    }
}
