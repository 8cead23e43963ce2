package dev.claimdesk.workspace.internal;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.counterfeit.CounterfeitAppeal;
import dev.claimdesk.rtv.WrongReturnRtv;
import dev.claimdesk.tasks.Reopened;
import dev.claimdesk.tasks.SubjectFacts;
import dev.claimdesk.tasks.TaskPage;
import dev.claimdesk.tasks.TaskQuery;
import dev.claimdesk.tasks.TaskSubject;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The task list page's view of {@link Tasks#search}: the URL's filter becomes a task query (SLA states and dates
 * become due bounds in the team's zone), and each task a row in words with its SLA badge.
 */
@Component
public class TaskList {

    /** A page of rows, the queue shown and the count of each of the person's queues. */
    public record Page(List<TaskRow> rows, TaskQuery.Queue queue, Map<TaskQuery.Queue, Long> counts, TaskPage page) {

        public long total() {
            return page.total();
        }

        /** Each queue's count as the tabs show it ("10,000+" above the cap). */
        public Map<TaskQuery.Queue, String> countTexts() {
            var texts = new java.util.EnumMap<TaskQuery.Queue, String>(TaskQuery.Queue.class);
            counts.forEach((queue, count) -> texts.put(queue, page.countText(count)));
            return texts;
        }
    }

    private final Tasks tasks;
    private final SlaClock sla;
    private final TeamNames teamNames;

    public TaskList(Tasks tasks, SlaClock sla, TeamNames teamNames) {
        this.tasks = tasks;
        this.sla = sla;
        this.teamNames = teamNames;
    }

    public Page find(TaskFilter filter, Worker worker) {
        return find(filter, worker, teamNames.forPage());
    }

    /** With the page's team names already read. */
    public Page find(TaskFilter filter, Worker worker, TeamNames.Lookup names) {
        TaskPage page = tasks.search(query(filter), worker, new TaskPage.Request(filter.page(), TaskFilter.PAGE_SIZE));
        return new Page(rows(page.tasks(), names), page.queue(), page.counts(), page);
    }

    /** Tasks as rows in words, their teams by name. */
    public List<TaskRow> rows(List<TaskView> tasks, TeamNames.Lookup names) {
        return tasks.stream().map(t -> row(t, names)).toList();
    }

    TaskQuery query(TaskFilter f) {
        Instant dueFrom = f.dueFrom() == null ? null : sla.startOf(f.dueFrom());
        Instant dueTo = f.dueTo() == null ? null : sla.endOf(f.dueTo());
        Instant dueAfter = null;
        Instant dueBefore = null;
        if (f.sla() != null) {
            Instant now = sla.now();
            Instant endOfToday = sla.endOf(sla.today());
            switch (f.sla()) {
                case BREACHED -> dueBefore = now;
                case DUE_TODAY -> {
                    dueFrom = later(dueFrom, now);
                    dueTo = earlier(dueTo, endOfToday);
                }
                case ON_TIME -> dueAfter = endOfToday;
                case NONE -> {}
            }
        }
        return new TaskQuery(
                f.queue(),
                null,
                f.category() == null ? null : f.category().name(),
                f.country(),
                f.team(),
                f.status() == null ? null : f.status().name(),
                dueFrom,
                dueTo,
                dueAfter,
                dueBefore,
                f.sla() == dev.claimdesk.workspace.SlaState.NONE,
                f.text(),
                f.sort(),
                f.replied() ? Reopened.SELLER_REPLY : null);
    }

    TaskRow row(TaskView task, TeamNames.Lookup names) {
        SubjectFacts facts = task.facts();
        Reopened reopened = task.reopened() != null && task.reopened().bySellerReply() ? task.reopened() : null;
        return new TaskRow(
                task.key(),
                task.name(),
                task.subject() == null ? null : task.subject().reference(),
                task.claimReference() != null,
                link(task.subject()),
                task.assignee(),
                task.dueAt(),
                task.priority(),
                task.candidateGroups(),
                label(ClaimCategory.class, facts.category(), ClaimCategory::label),
                facts.shop(),
                facts.shopName(),
                facts.country(),
                label(ClaimStatus.class, facts.status(), ClaimStatus::label),
                facts.orderNumber(),
                sla.state(task.dueAt()),
                sla.remaining(task.dueAt()),
                names.namesOf(task.candidateGroups()),
                reopened == null ? null : reopened.at(),
                reopened == null ? null : (reopened.at() == null ? "" : sla.ago(reopened.at())));
    }

    /** The page of the task's subject: a claim's, an RTV case's or a counterfeit finding's; null for a subject without a page. */
    static String link(TaskSubject subject) {
        if (subject == null) {
            return null;
        }
        return switch (subject.type()) {
            case TaskSubject.CLAIM -> "/claims/" + subject.reference();
            case WrongReturnRtv.TASK_SUBJECT -> "/rtv/" + subject.reference();
            case CounterfeitAppeal.TASK_SUBJECT_TYPE -> "/findings/" + subject.reference();
            default -> null;
        };
    }

    /** A claim's category or status by its label; another case's code in words ("PICKUP_DUE" is "Pickup due"). */
    private static <E extends Enum<E>> String label(
            Class<E> type, String code, java.util.function.Function<E, String> label) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(code))
                .findFirst()
                .map(label)
                .orElseGet(() -> {
                    String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
                    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
                });
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
