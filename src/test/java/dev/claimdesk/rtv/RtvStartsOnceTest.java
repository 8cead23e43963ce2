package dev.claimdesk.rtv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.platform.ProcessStarts;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import dev.claimdesk.tasks.TaskSubject;
import dev.claimdesk.tasks.Tasks;
import io.camunda.client.CamundaClient;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One WrongReturnRtv process per RTV case (ADR 0060), however often its start is sent: starts sent while the process
 * runs are dropped by the engine; a start that arrives after the process ended is cancelled by the first step before
 * the warehouse gets a second task.
 */
@ClaimDeskTest
class RtvStartsOnceTest {

    @Autowired
    RtvCases rtvCases;

    @Autowired
    Tasks tasks;

    @Autowired
    ClaimIntake intake;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessStarts starts;

    @Autowired
    CamundaClient client;

    @Autowired
    ProcessTestHarness harness;

    @Test
    void anRtvCaseStartedAgainGetsOneProcessAndOneWarehouseTask() {
        var fixtures = new RtvFixtures(rtvCases, tasks, intake, jdbc);
        RtvCase rtv = fixtures.request();
        String json = "\"" + rtv.reference() + "\"";
        var subject = new TaskSubject(WrongReturnRtv.TASK_SUBJECT, rtv.reference());

        // the sweep of another instance of the application, or a redelivered event, sending the start again
        IntStream.range(0, 10)
                .mapToObj(i -> startAgain(rtv).toCompletableFuture())
                .toList()
                .forEach(CompletableFuture::join);
        long first = fixtures.instanceOf(rtv);
        fixtures.awaitTask(rtv, "Task_SchedulePickup");
        assertThat(harness.processInstancesWith(WrongReturnRtv.VAR_RTV_REFERENCE, json))
                .containsExactly(first);
        assertThat(tasks.historyOf(subject)).hasSize(1);

        // a start that comes after the case's process ended starts a newcomer, which stops at its first step
        client.newCancelInstanceCommand(first).send().join();
        harness.awaitEnded(first);
        startAgain(rtv).toCompletableFuture().join();
        long newcomer = harness.awaitEndedNewcomer(WrongReturnRtv.VAR_RTV_REFERENCE, json, first);
        assertThat(harness.completedElements(newcomer)).doesNotContain("Task_RegisterRtv", "Task_SchedulePickup");
        assertThat(rtvCases.find(rtv.reference()).orElseThrow().processInstanceKey())
                .isEqualTo(first);
        assertThat(tasks.historyOf(subject)).hasSize(1);
    }

    private java.util.concurrent.CompletionStage<?> startAgain(RtvCase rtv) {
        return starts.start(
                WrongReturnRtv.MSG_RTV_REQUESTED,
                rtv.reference(),
                Map.of(WrongReturnRtv.VAR_RTV_REFERENCE, rtv.reference()));
    }
}
