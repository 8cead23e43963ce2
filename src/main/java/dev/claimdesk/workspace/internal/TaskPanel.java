package dev.claimdesk.workspace.internal;

import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Worker;
import dev.claimdesk.workspace.SlaState;
import java.util.List;
import java.util.Map;

/**
 * An open task as its page and the claim view show it: who has it, what the signed-in person may do with it, and its
 * form (enabled only for the person who claimed it).
 */
public record TaskPanel(
        TaskView task,
        SlaState sla,
        String remaining,
        boolean mine,
        boolean mayClaim,
        boolean mayUnclaim,
        boolean mayAssign,
        RenderedForm form,
        String formError) {

    public boolean formEnabled() {
        return mine;
    }

    public static TaskPanel of(
            TaskView task,
            Worker worker,
            SlaClock sla,
            TaskForms forms,
            Map<String, List<String>> submitted,
            Map<String, String> errors,
            String formError) {
        boolean mine = worker.username().equals(task.assignee());
        return new TaskPanel(
                task,
                sla.state(task.dueAt()),
                sla.remaining(task.dueAt()),
                mine,
                // the panel is only built for a task the person may work (Tasks.get / openTaskOf checked it)
                task.isOpen() && task.assignee() == null,
                task.isOpen() && task.assignee() != null && (mine || worker.supervisor()),
                task.isOpen() && worker.supervisor(),
                forms.render(task.formId(), submitted, errors).orElse(null),
                formError);
    }
}
