package dev.claimdesk.workspace;

import dev.claimdesk.claims.ClaimHit;
import dev.claimdesk.claims.ClaimSearch;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.tasks.TaskQuery.Queue;
import dev.claimdesk.tasks.Worker;
import dev.claimdesk.workspace.internal.TaskFilter;
import dev.claimdesk.workspace.internal.TaskList;
import dev.claimdesk.workspace.internal.TaskRow;
import dev.claimdesk.workspace.internal.TeamNames;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What needs a person today, for the home page: their tasks due today, tasks back after the seller's reply, breached
 * deadlines (each counted per queue, with the first few tasks and a link to the task list showing them all), and the
 * latest claims they may open (the claim view's rule, ADR 43).
 */
@Component
public class Agenda {

    /** How many tasks and claims the home page lists per section; the links show the rest. */
    public static final int SHOWN = 5;

    public static final int CLAIMS_SHOWN = 10;

    /** A task as the home page lists it, in words. */
    public record Item(
            String name,
            String reference,
            String link,
            long taskKey,
            String category,
            String shop,
            Instant dueAt,
            SlaState sla,
            String remaining,
            String sellerRepliedAgo) {}

    /**
     * One kind of work: how many tasks are mine, unassigned in my teams and (supervisors) in every queue; the tasks of
     * the first of those queues that has any, and the task list's address for them; {@code nothing} says so when no
     * queue has any. {@code countTexts} are the counts as people read them ("10,000+" above the cap, ADR 0190).
     */
    public record Section(
            String id,
            String title,
            String nothing,
            Map<Queue, Long> counts,
            Map<Queue, String> countTexts,
            Queue shown,
            List<Item> items,
            String link) {

        public String mine() {
            return countTexts.getOrDefault(Queue.MINE, "0");
        }

        public String team() {
            return countTexts.getOrDefault(Queue.TEAM, "0");
        }

        public String all() {
            return countTexts.getOrDefault(Queue.ALL, "0");
        }

        public boolean isEmpty() {
            return counts.values().stream().allMatch(n -> n == 0);
        }
    }

    public record View(List<Section> sections, List<ClaimHit> claims, long claimsTotal) {}

    private final TaskList tasks;
    private final Claims claims;
    private final TeamNames teamNames;

    Agenda(TaskList tasks, Claims claims, TeamNames teamNames) {
        this.tasks = tasks;
        this.claims = claims;
        this.teamNames = teamNames;
    }

    public View of(Worker worker) {
        TeamNames.Lookup names = teamNames.forPage();
        List<Section> sections = List.of(
                section(worker, names, "due-today", "Due today", "Nothing is due today.", Map.of("sla", "due-today")),
                section(
                        worker,
                        names,
                        "replies",
                        "Seller replied",
                        "No replies are waiting.",
                        Map.of("replied", "true")),
                section(
                        worker,
                        names,
                        "breached",
                        "Deadline missed",
                        "No deadline has passed.",
                        Map.of("sla", "breached")));
        var latest = claims.search(ClaimSearch.all(), worker, 0, CLAIMS_SHOWN);
        return new View(sections, latest.rows(), latest.total());
    }

    private Section section(
            Worker worker,
            TeamNames.Lookup names,
            String id,
            String title,
            String nothing,
            Map<String, String> params) {
        TaskFilter filter = TaskFilter.from(params, Queue.MINE);
        TaskList.Page mine = tasks.find(filter, worker, names);
        Queue shown = worker.queues().stream()
                .filter(q -> mine.counts().getOrDefault(q, 0L) > 0)
                .findFirst()
                .orElse(Queue.MINE);
        TaskList.Page page = shown == Queue.MINE ? mine : tasks.find(filter.withQueue(shown), worker, names);
        List<Item> items = page.rows().stream().limit(SHOWN).map(Agenda::item).toList();
        return new Section(
                id,
                title,
                nothing,
                mine.counts(),
                mine.countTexts(),
                shown,
                items,
                "/tasks?" + filter.withQueue(shown).toQuery());
    }

    private static Item item(TaskRow row) {
        return new Item(
                row.name(),
                row.reference(),
                row.link(),
                row.key(),
                row.category(),
                row.shopName() != null ? row.shopName() : row.shop(),
                row.dueAt(),
                row.sla(),
                row.remaining(),
                row.sellerRepliedAgo());
    }
}
