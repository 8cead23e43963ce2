package dev.claimdesk.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import io.camunda.client.CamundaClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Job-based user tasks on the real engine: projected, claimed, validated and completed exactly once. */
@ClaimDeskTest
class TaskBackendTest {

    static final AtomicInteger SEQ = new AtomicInteger();
    static final Worker AMINA = new Worker("amina", Set.of("billing"), false);
    static final Worker BO = new Worker("bo", Set.of("billing"), false);
    static final Worker OUTSIDER = new Worker("olu", Set.of("counterfeit"), false);
    static final Worker SUPERVISOR = new Worker("sam", Set.of(), true);

    @Autowired
    CamundaClient client;

    @Autowired
    Tasks tasks;

    @Autowired
    ProcessTestHarness harness;

    @BeforeAll
    static void deploy(@Autowired CamundaClient client) {
        client.newDeployResourceCommand()
                .addResourceFromClasspath("bpmn-test/TaskProbe.bpmn")
                .send()
                .join();
    }

    record Started(long instance, String reference, TaskView task) {}

    Started start(String team) {
        String reference = "CLM-T-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        long instance = client.newCreateInstanceCommand()
                .bpmnProcessId("TaskProbe")
                .latestVersion()
                .variables(Map.of(
                        "claimReference",
                        reference,
                        "team",
                        team,
                        "dueAt",
                        "2030-01-02T10:00:00+08:00",
                        "priority",
                        80))
                .send()
                .join()
                .getProcessInstanceKey();
        TaskView task = await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> tasks.openTaskOf(reference), java.util.Optional::isPresent)
                .orElseThrow();
        return new Started(instance, reference, task);
    }

    @Test
    void aUserTaskJobBecomesATaskWithItsGroupFormDueDateAndName() {
        var started = start("billing");
        TaskView task = started.task();

        assertThat(task.name()).isEqualTo("Probe the task");
        assertThat(task.candidateGroups()).containsExactly("billing");
        assertThat(task.formId()).isEqualTo("work-claim");
        assertThat(task.dueAt()).isEqualTo(Instant.parse("2030-01-02T02:00:00Z"));
        assertThat(task.priority()).isEqualTo(80);
        assertThat(task.variables()).containsEntry("claimReference", started.reference());
        assertThat(list(TaskQuery.Queue.TEAM, started.reference(), AMINA))
                .extracting(TaskView::key)
                .containsExactly(task.key());
    }

    @Test
    void anotherTeamCanNeitherSeeNorWorkTheTask() {
        var task = start("billing").task();

        assertThat(list(TaskQuery.Queue.TEAM, task.claimReference(), OUTSIDER)).isEmpty();
        assertProblem(() -> tasks.get(task.key(), OUTSIDER), TaskProblem.Kind.FORBIDDEN);
        assertProblem(() -> tasks.claim(task.key(), OUTSIDER), TaskProblem.Kind.FORBIDDEN);
        assertProblem(() -> tasks.complete(task.key(), Map.of(), OUTSIDER), TaskProblem.Kind.FORBIDDEN);
        assertProblem(() -> list(TaskQuery.Queue.ALL, null, OUTSIDER), TaskProblem.Kind.FORBIDDEN);
    }

    @Test
    void claimingUnclaimingAndAssigningFollowTheRules() {
        var task = start("billing").task();

        assertThat(tasks.claim(task.key(), AMINA).assignee()).isEqualTo("amina");
        assertThat(list(TaskQuery.Queue.MINE, task.claimReference(), AMINA)).hasSize(1);
        assertThat(list(TaskQuery.Queue.TEAM, task.claimReference(), BO)).isEmpty();
        assertProblem(() -> tasks.claim(task.key(), BO), TaskProblem.Kind.CONFLICT);
        assertProblem(() -> tasks.unclaim(task.key(), BO), TaskProblem.Kind.FORBIDDEN);
        assertProblem(() -> tasks.complete(task.key(), Map.of(), BO), TaskProblem.Kind.CONFLICT);
        assertProblem(() -> tasks.assign(task.key(), "bo", AMINA), TaskProblem.Kind.FORBIDDEN);

        assertThat(tasks.assign(task.key(), "bo", SUPERVISOR).assignee()).isEqualTo("bo");
        assertThat(tasks.unclaim(task.key(), BO).assignee()).isNull();
    }

    @Test
    void aTeamsQueueCountFollowsClaimingUnclaimingAndCompleting() {
        String team = "count-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        var cara = new Worker("cara", Set.of(team), false);
        var first = start(team).task();
        var second = start(team).task();
        assertThat(counts(cara)).containsEntry(TaskQuery.Queue.TEAM, 2L).containsEntry(TaskQuery.Queue.MINE, 0L);

        tasks.claim(first.key(), cara);
        assertThat(counts(cara)).containsEntry(TaskQuery.Queue.TEAM, 1L).containsEntry(TaskQuery.Queue.MINE, 1L);
        assertThat(tasks.search(TaskQuery.of(TaskQuery.Queue.TEAM), cara, new TaskPage.Request(0, 25))
                        .tasks())
                .extracting(TaskView::key)
                .containsExactly(second.key());
        assertThat(list(TaskQuery.Queue.TEAM, second.claimReference(), cara))
                .extracting(TaskView::key)
                .containsExactly(second.key());

        tasks.unclaim(first.key(), cara);
        assertThat(counts(cara)).containsEntry(TaskQuery.Queue.TEAM, 2L).containsEntry(TaskQuery.Queue.MINE, 0L);

        tasks.claim(second.key(), cara);
        tasks.complete(
                second.key(),
                Map.of(
                        "outcome", List.of("request-information"),
                        "question", List.of("Please send the SEKO sign-for stamp of the parcel."),
                        "checkedEvidence", List.of("true")),
                cara);
        assertThat(counts(cara)).containsEntry(TaskQuery.Queue.TEAM, 1L).containsEntry(TaskQuery.Queue.MINE, 0L);
        assertThat(list(TaskQuery.Queue.TEAM, second.claimReference(), cara)).isEmpty();
    }

    Map<TaskQuery.Queue, Long> counts(Worker worker) {
        return tasks.search(TaskQuery.of(TaskQuery.Queue.TEAM), worker, new TaskPage.Request(0, 25))
                .counts();
    }

    @Test
    void completionIsValidatedAgainstTheFormAndReachesTheProcessOnce() {
        var started = start("billing");
        long key = started.task().key();
        tasks.claim(key, AMINA);

        var problem = catchProblem(() -> tasks.complete(key, Map.of("outcome", List.of("accept")), AMINA));
        assertThat(problem.kind()).isEqualTo(TaskProblem.Kind.INVALID);
        assertThat(problem.fieldErrors())
                .containsKeys("resolution", "checkedEvidence")
                .doesNotContainKeys("question", "rejectionReason", "outcome");

        TaskView done = tasks.complete(
                key,
                Map.of(
                        "outcome", List.of("request-information"),
                        "question", List.of("Please send the SEKO sign-for stamp of the parcel."),
                        "checkedEvidence", List.of("true"),
                        "rejectionReason", List.of("smuggled-in, must be ignored: hidden")),
                AMINA);

        assertThat(done.state()).isEqualTo(TaskState.COMPLETED);
        harness.awaitEnded(started.instance());
        assertThat(harness.variable(started.instance(), "outcome")).hasValue("\"request-information\"");
        assertThat(harness.variable(started.instance(), "checkedEvidence")).hasValue("true");
        assertThat(harness.variable(started.instance(), "completedBy")).hasValue("\"amina\"");
        assertThat(harness.variable(started.instance(), "rejectionReason")).isEmpty();
        assertProblem(() -> tasks.complete(key, Map.of(), AMINA), TaskProblem.Kind.CONFLICT);
        assertThat(tasks.openTaskOf(started.reference())).isEmpty();
    }

    List<TaskView> list(TaskQuery.Queue queue, String reference, Worker worker) {
        return tasks.search(TaskQuery.of(queue).withSubjectReference(reference), worker, new TaskPage.Request(0, 10))
                .tasks();
    }

    private static void assertProblem(Runnable action, TaskProblem.Kind kind) {
        assertThat(catchProblem(action).kind()).isEqualTo(kind);
    }

    private static TaskProblem catchProblem(Runnable action) {
        var thrown = org.assertj.core.api.Assertions.catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(TaskProblem.class);
        return (TaskProblem) thrown;
    }
}
