package dev.claimdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.tasks.TaskPage;
import dev.claimdesk.tasks.TaskProblem;
import dev.claimdesk.tasks.TaskQuery;
import dev.claimdesk.tasks.TaskQuery.Queue;
import dev.claimdesk.tasks.TaskSubject;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import dev.claimdesk.workspace.internal.SlaClock;
import dev.claimdesk.workspace.internal.TaskFilter;
import dev.claimdesk.workspace.internal.TaskList;
import dev.claimdesk.workspace.internal.TaskRow;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The task list on the tasks module's one search, on the real database: queues, every filter, SLA states, sorting,
 * paging, counts, and tasks of other cases than claims.
 */
@ClaimDeskTest
class TaskListTest {

    @Autowired
    TaskList query;

    @Autowired
    Tasks tasks;

    @Autowired
    SlaClock sla;

    @Autowired
    MockMvc mvc;

    WorkspaceFixtures fixtures;

    String team;
    Worker agent;
    String breachedClaim;
    String dueTodayClaim;
    String onTimeClaim;
    TaskView breached;
    TaskView dueToday;
    TaskView onTime;

    @BeforeEach
    void tasksOfATeamOfTheirOwn(@Autowired CamundaClient client, @Autowired Claims claims, @Autowired Users users) {
        fixtures = new WorkspaceFixtures(client, tasks, claims, users);
        team = WorkspaceFixtures.unique("team");
        agent = new Worker(WorkspaceFixtures.unique("agent"), Set.of(team), false);
        String shop = WorkspaceFixtures.unique("shop");
        breachedClaim = fixtures.cancelWrongOrder(shop, "NG", WorkspaceFixtures.unique("ORD"));
        dueTodayClaim = fixtures.billBreakdown(shop, "KE", "2026-09");
        onTimeClaim = fixtures.cancelWrongOrder("other-" + shop, "KE", WorkspaceFixtures.unique("ORD"));
        // yesterday, whatever the hour: breached, and outside a "due today" range
        breached =
                fixtures.workTask(breachedClaim, team, sla.startOf(sla.today()).minus(Duration.ofHours(1)), 50);
        dueToday = fixtures.workTask(dueTodayClaim, team, sla.endOf(sla.today()), 90);
        onTime = fixtures.workTask(onTimeClaim, team, sla.endOf(sla.today().plusDays(10)), 70);
    }

    List<String> references(Map<String, String> params) {
        return query.find(TaskFilter.from(params, Queue.TEAM), agent).rows().stream()
                .map(TaskRow::reference)
                .toList();
    }

    @Test
    void theTeamQueueListsUnclaimedTasksByDeadlineWithTheirSlaState() {
        var page = query.find(TaskFilter.from(Map.of(), Queue.TEAM), agent);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.rows())
                .extracting(TaskRow::reference)
                .containsExactly(breachedClaim, dueTodayClaim, onTimeClaim);
        assertThat(page.rows())
                .extracting(TaskRow::sla)
                .containsExactly(SlaState.BREACHED, SlaState.DUE_TODAY, SlaState.ON_TIME);
        TaskRow first = page.rows().getFirst();
        assertThat(first.category()).isEqualTo(ClaimCategory.CANCEL_WRONG_ORDER.label());
        assertThat(first.country()).isEqualTo("NG");
        assertThat(first.candidateGroups()).containsExactly(team);
        assertThat(first.remaining()).startsWith("overdue by");
        assertThat(page.rows().getLast().remaining()).endsWith("working days left");
    }

    @Test
    void everyFilterNarrowsTheQueue() {
        assertThat(references(Map.of("category", "bill-breakdown"))).containsExactly(dueTodayClaim);
        assertThat(references(Map.of("country", "ke"))).containsExactly(dueTodayClaim, onTimeClaim);
        assertThat(references(Map.of("sla", "breached"))).containsExactly(breachedClaim);
        assertThat(references(Map.of("sla", "due-today"))).containsExactly(dueTodayClaim);
        assertThat(references(Map.of("sla", "on-time"))).containsExactly(onTimeClaim);
        assertThat(references(Map.of("team", team))).hasSize(3);
        assertThat(references(Map.of("team", "another-team"))).isEmpty();
        assertThat(references(Map.of("status", "accepted"))).isEmpty();
        assertThat(references(Map.of("q", breachedClaim))).containsExactly(breachedClaim);
        assertThat(references(Map.of("q", "other-"))).containsExactly(onTimeClaim);
        assertThat(references(Map.of("q", "50%_"))).isEmpty();
        String today = sla.today().toString();
        assertThat(references(Map.of("dueFrom", today, "dueTo", today))).containsExactly(dueTodayClaim);
        assertThat(references(Map.of("dueFrom", sla.today().plusDays(1).toString())))
                .containsExactly(onTimeClaim);
        assertThat(references(Map.of("country", "KE", "sla", "on-time", "category", "cancel-wrong-order")))
                .containsExactly(onTimeClaim);
    }

    @Test
    void tasksSortByPriorityAndPageThroughTheQueue() {
        assertThat(references(Map.of("sort", "priority"))).containsExactly(dueTodayClaim, onTimeClaim, breachedClaim);

        var params = new HashMap<String, String>(Map.of("sort", "priority"));
        params.put("page", "1");
        var second = query.find(TaskFilter.from(params, Queue.TEAM), agent);
        assertThat(second.rows()).isEmpty(); // 3 tasks fit on the first page of 25
        assertThat(second.total()).isEqualTo(3);
    }

    @Test
    void pagesOf25InTheQueuesOrder(@Autowired JdbcTemplate jdbc) throws Exception {
        String crowded = WorkspaceFixtures.unique("team");
        long firstKey = 8_000_000_000L + Math.abs(crowded.hashCode() % 1_000_000) * 100L;
        for (int i = 0; i < 30; i++) {
            openTask(
                    jdbc,
                    firstKey + i,
                    "PAGE-%02d".formatted(i),
                    Duration.ofHours(30 - i),
                    i % 3 * 10,
                    List.of(crowded));
        }
        var worker = new Worker(WorkspaceFixtures.unique("agent"), Set.of(crowded), false);

        var first = query.find(TaskFilter.from(Map.of(), Queue.TEAM), worker);
        var second = query.find(TaskFilter.from(Map.of("page", "1"), Queue.TEAM), worker);
        assertThat(first.total()).isEqualTo(30);
        assertThat(first.page().pages()).isEqualTo(2);
        assertThat(first.rows())
                .hasSize(25)
                .first()
                .extracting(TaskRow::orderNumber)
                .isEqualTo("PAGE-29");
        assertThat(first.page().hasNext()).isTrue();
        assertThat(second.rows())
                .extracting(TaskRow::orderNumber)
                .containsExactly("PAGE-04", "PAGE-03", "PAGE-02", "PAGE-01", "PAGE-00");
        assertThat(second.page().first()).isEqualTo(26);
        assertThat(second.page().hasNext()).isFalse();
        // the page's links (the paging fragment the claim search shares): back to the first page, no next one
        String html = mvc.perform(get("/tasks?queue=team&page=1")
                        .with(user(worker.username())
                                .authorities(
                                        new SimpleGrantedAuthority("ROLE_AGENT"),
                                        new SimpleGrantedAuthority("TEAM_" + crowded))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Page 2 of 2")
                .contains("href=\"/tasks?queue=team\" id=\"page-previous\"")
                .contains("id=\"page-next\"");
        var byPriority = query.find(TaskFilter.from(Map.of("sort", "priority"), Queue.TEAM), worker)
                .rows();
        assertThat(byPriority.subList(0, 10))
                .allSatisfy(r -> assertThat(r.priority()).isEqualTo(20));
        assertThat(byPriority.getFirst().orderNumber()).isEqualTo("PAGE-29");
        assertThat(byPriority.getFirst().reference()).isNull();
        assertThat(byPriority.getFirst().hasClaim()).isFalse();

        // counted up to a cap (ADR 0190): above it the page says "more than", and paging goes on while pages are full
        var capped = tasks.search(TaskQuery.of(Queue.TEAM), worker, new TaskPage.Request(0, 25, 20));
        assertThat(capped.total()).isEqualTo(21);
        assertThat(capped.totalIsLowerBound()).isTrue();
        assertThat(capped.totalText()).isEqualTo("20+");
        assertThat(capped.counts()).containsEntry(Queue.TEAM, 21L).containsEntry(Queue.MINE, 0L);
        assertThat(capped.hasNext()).isTrue();
        assertThat(capped.pagesText()).isEqualTo("1+");
        var cappedLast = tasks.search(TaskQuery.of(Queue.TEAM), worker, new TaskPage.Request(1, 25, 20));
        assertThat(cappedLast.tasks()).hasSize(5);
        assertThat(cappedLast.hasNext()).isFalse();
        assertThat(cappedLast.pages()).isEqualTo(2);
        // the probe path (a filter other than due time) stops at the cap too
        var filtered = tasks.search(
                new TaskQuery(
                        Queue.TEAM, null, null, null, null, null, null, null, null, null, false, "PAGE-", null, null),
                worker,
                new TaskPage.Request(0, 25, 20));
        assertThat(filtered.total()).isEqualTo(21);
        assertThat(new TaskPage.Request(0, 25).countCap()).isEqualTo(TaskPage.DEFAULT_COUNT_CAP);
        assertThat(first.page().totalText()).isEqualTo("30");
        assertThat(first.page().pagesText()).isEqualTo("2");
    }

    @Test
    void aQueueOverTwoTeamsPagesInTheListsOrderAndShowsASharedTaskOnce(@Autowired JdbcTemplate jdbc) {
        String teamA = WorkspaceFixtures.unique("team");
        String teamB = WorkspaceFixtures.unique("team");
        long firstKey = 7_000_000_000L + Math.abs(teamA.hashCode() % 1_000_000) * 100L;
        for (int i = 0; i < 9; i++) {
            // even tasks in team A, odd ones in team B, and the middle one in both
            var groups = i == 4 ? List.of(teamA, teamB) : List.of(i % 2 == 0 ? teamA : teamB);
            openTask(jdbc, firstKey + i, "TWO-%d".formatted(i), Duration.ofHours(1 + i), i % 2 * 10, groups);
        }
        var worker = new Worker(WorkspaceFixtures.unique("agent"), Set.of(teamA, teamB), false);

        assertThat(allPages(worker, TaskQuery.of(Queue.TEAM)))
                .containsExactly("TWO-0", "TWO-1", "TWO-2", "TWO-3", "TWO-4", "TWO-5", "TWO-6", "TWO-7", "TWO-8");
        var byPriority = new TaskQuery(
                Queue.TEAM,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                TaskQuery.Sort.PRIORITY,
                null);
        assertThat(allPages(worker, byPriority))
                .containsExactly("TWO-1", "TWO-3", "TWO-5", "TWO-7", "TWO-0", "TWO-2", "TWO-4", "TWO-6", "TWO-8");
        assertThat(tasks.search(TaskQuery.of(Queue.TEAM), worker, new TaskPage.Request(0, 4))
                        .total())
                .isEqualTo(9);
    }

    /**
     * An open, unassigned task straight into the tasks module's table (the read model is the subject here, not the
     * engine), with its team queue rows as the module keeps them (V170): queued, with the task's due time and priority.
     */
    private void openTask(
            JdbcTemplate jdbc, long key, String orderNumber, Duration dueIn, int priority, List<String> groups) {
        jdbc.update(
                "INSERT INTO user_task (job_key, process_instance_key, element_instance_key, process_id,"
                        + " element_id, name, order_number, due_at, priority, state, created_at)"
                        + " VALUES (?, ?, ?, 'TaskProbe', 'Task_Probe', 'Probe the task', ?, ?, ?, 'OPEN', ?)",
                key,
                key,
                key,
                orderNumber,
                LocalDateTime.ofInstant(sla.now().plus(dueIn), ZoneOffset.UTC),
                priority,
                LocalDateTime.ofInstant(sla.now(), ZoneOffset.UTC));
        for (String group : groups) {
            jdbc.update(
                    "INSERT INTO user_task_candidate_group (job_key, group_id, queued, due_at, priority)"
                            + " SELECT job_key, ?, TRUE, due_at, priority FROM user_task WHERE job_key = ?",
                    group,
                    key);
        }
    }

    /** Every page of 4 in turn, as someone paging through the list would read them. */
    private List<String> allPages(Worker worker, TaskQuery query) {
        var seen = new java.util.ArrayList<String>();
        for (int number = 0; number < 5; number++) {
            tasks.search(query, worker, new TaskPage.Request(number, 4)).tasks().stream()
                    .map(t -> t.facts().orderNumber())
                    .forEach(seen::add);
        }
        return seen;
    }

    @Test
    void countsFollowTheQueuesAndClaimingMovesATaskToMine() {
        tasks.claim(onTime.key(), agent);

        var counts = query.find(TaskFilter.from(Map.of(), Queue.TEAM), agent).counts();
        assertThat(counts).containsOnlyKeys(Queue.MINE, Queue.TEAM).containsEntry(Queue.TEAM, 2L);
        assertThat(counts.get(Queue.MINE)).isEqualTo(1L);
        assertThat(query.find(TaskFilter.from(Map.of(), Queue.MINE), agent).rows())
                .extracting(TaskRow::key)
                .containsExactly(onTime.key());
        assertThat(query.find(TaskFilter.from(Map.of("country", "NG"), Queue.TEAM), agent)
                        .counts())
                .containsEntry(Queue.TEAM, 1L)
                .containsEntry(Queue.MINE, 0L);
    }

    @Test
    void anotherTeamSeesNoneOfItAndOnlySupervisorsHaveTheAllQueue() {
        var outsider = new Worker(WorkspaceFixtures.unique("olu"), Set.of(WorkspaceFixtures.unique("team")), false);
        var supervisor = new Worker(WorkspaceFixtures.unique("sam"), Set.of(), true);

        assertThat(query.find(TaskFilter.from(Map.of(), Queue.TEAM), outsider).total())
                .isZero();
        assertThatThrownBy(() -> query.find(TaskFilter.from(Map.of(), Queue.ALL), outsider))
                .isInstanceOfSatisfying(
                        TaskProblem.class, p -> assertThat(p.kind()).isEqualTo(TaskProblem.Kind.FORBIDDEN));
        assertThat(tasks.mayView(breachedClaim, outsider)).isFalse();
        assertThat(tasks.mayView(breachedClaim, agent)).isTrue();
        assertThat(tasks.mayView(breachedClaim, supervisor)).isTrue();
        assertThat(outsider.queues()).containsExactly(Queue.MINE, Queue.TEAM);
        assertThat(query.find(TaskFilter.from(Map.of("team", team), Queue.ALL), supervisor)
                        .rows())
                .extracting(TaskRow::reference)
                .containsExactly(breachedClaim, dueTodayClaim, onTimeClaim);
    }

    @Test
    void aTaskOfAnotherCaseShowsInItsTeamsQueueWithItsFactsAndStatus() {
        String rtv = WorkspaceFixtures.unique("RTV");
        var subject = new TaskSubject("rtv-case", rtv);
        TaskView task = fixtures.caseTask(
                "rtv-case",
                rtv,
                team,
                Map.of(
                        "category", "WRONG_PRODUCT_RETURNED",
                        "shop", "rtv-shop",
                        "country", "KE",
                        "orderNumber", "KE-RTV-1",
                        "subjectStatus", "PICKUP_SCHEDULED"));

        assertThat(task.claimReference()).isNull();
        TaskRow row = query.find(TaskFilter.from(Map.of("q", rtv), Queue.TEAM), agent)
                .rows()
                .getFirst();
        assertThat(row.reference()).isEqualTo(rtv);
        assertThat(row.hasClaim()).isFalse();
        assertThat(row.category()).isEqualTo(ClaimCategory.WRONG_PRODUCT_RETURNED.label());
        assertThat(row.status()).isEqualTo("Pickup scheduled");
        assertThat(references(Map.of("q", "KE-RTV-1"))).containsExactly(rtv);
        assertThat(tasks.mayView(subject, agent)).isTrue();
        var outsider = new Worker(WorkspaceFixtures.unique("olu"), Set.of(WorkspaceFixtures.unique("team")), false);
        assertThat(tasks.mayView(subject, outsider)).isFalse();
        assertThat(tasks.openTaskOf(subject, outsider)).isEmpty();

        // the case's owner moves it on: the row follows, and so does the status filter
        tasks.subjectStatus(subject, "APPEAL_REGISTERED");
        assertThat(query.find(TaskFilter.from(Map.of("q", rtv), Queue.TEAM), agent)
                        .rows())
                .extracting(TaskRow::status)
                .containsExactly("Appeal registered");
        assertThat(tasks.search(
                                dev.claimdesk.tasks.TaskQuery.of(Queue.TEAM).withSubjectReference(rtv),
                                agent,
                                new dev.claimdesk.tasks.TaskPage.Request(0, 10))
                        .tasks())
                .extracting(t -> t.facts().status())
                .containsExactly("APPEAL_REGISTERED");
    }
}
