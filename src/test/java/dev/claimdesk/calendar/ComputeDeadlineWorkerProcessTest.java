package dev.claimdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.EngineTime;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.TimerRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On the real engine: the worker of {@link CalendarJobs#COMPUTE_DEADLINE} sets {@code dueAt}, and a timer with
 * {@code timeDate =dueAt} fires when the application's clock reaches it, not a minute before (bpmn-test/DeadlineProbe:
 * service task, then that timer).
 */
@ClaimDeskTest
class ComputeDeadlineWorkerProcessTest {

    static final String PROCESS = "DeadlineProbe";

    @Autowired
    CamundaClient client;

    @Autowired
    ProcessTestHarness harness;

    @Autowired
    EngineTime engineTime;

    @Autowired
    AppClock clock;

    @Autowired
    BusinessCalendar calendar;

    @BeforeEach
    void deploy() {
        client.newDeployResourceCommand()
                .addResourceFromClasspath("bpmn-test/DeadlineProbe.bpmn")
                .send()
                .join();
    }

    @Test
    void theTimerFiresAtTheEndOfTheLastWorkingDayAndNotBefore() {
        Instant from = clock.instant();
        Instant due = calendar.addWorkingDays(from, 2);

        long instance = start(Map.of(CalendarJobs.VAR_FROM_INSTANT, from.toString(), CalendarJobs.VAR_WORKING_DAYS, 2));
        harness.awaitActive(instance, "Event_DeadlinePassed");

        assertThat(variable(instance, CalendarJobs.VAR_DUE_AT)).isEqualTo("\"" + calendar.timerDate(due) + "\"");
        assertThat(timerDueDates(instance)).containsExactly(due.toEpochMilli());

        harness.advance(Duration.between(clock.instant(), due).minusMinutes(1));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> !harness.isEnded(instance));

        harness.advance(Duration.ofMinutes(2));
        harness.awaitCompleted(instance, "EndEvent_Probe");
    }

    @Test
    void withoutAStartingMomentTheDeadlineCountsFromNow() {
        Instant before = clock.instant();
        long instance = start(Map.of(CalendarJobs.VAR_WORKING_DAYS, 1, CalendarJobs.VAR_CALENDAR_ID, "cn"));
        harness.awaitActive(instance, "Event_DeadlinePassed");
        Instant after = clock.instant();

        assertThat(variable(instance, CalendarJobs.VAR_DUE_AT))
                .isIn(
                        "\"" + calendar.timerDate(calendar.addWorkingDays(before, 1)) + "\"",
                        "\"" + calendar.timerDate(calendar.addWorkingDays(after, 1)) + "\"");
    }

    @Test
    void aLocalStartingMomentIsReadInTheTeamsTimeZone() {
        // 30 September 2026, 10:00 in Shenzhen: 3 working days are 8, 9 and (make-up Saturday) 10 October
        long instance =
                start(Map.of(CalendarJobs.VAR_FROM_INSTANT, "2026-09-30T10:00:00", CalendarJobs.VAR_WORKING_DAYS, 3));
        harness.awaitCompleted(instance, "Task_ComputeDeadline");

        assertThat(variable(instance, CalendarJobs.VAR_DUE_AT)).isEqualTo("\"2026-10-10T23:59:59.999+08:00\"");
    }

    @Test
    void wrongInputsRaiseAnIncidentAtOnceSayingWhatIsWrong() {
        long noDays = start(Map.of(CalendarJobs.VAR_FROM_INSTANT, "2026-09-30T10:00:00+08:00"));
        long unknownCalendar = start(Map.of(CalendarJobs.VAR_WORKING_DAYS, 3, CalendarJobs.VAR_CALENDAR_ID, "mars"));
        long badMoment = start(Map.of(CalendarJobs.VAR_WORKING_DAYS, 3, CalendarJobs.VAR_FROM_INSTANT, "yesterday"));

        harness.awaitIncident(noDays);
        harness.awaitIncident(unknownCalendar);
        harness.awaitIncident(badMoment);
        assertThat(harness.incidents(noDays))
                .singleElement()
                .asString()
                .contains("workingDays must be a whole number from 0 to 366, was: null");
        assertThat(harness.incidents(unknownCalendar))
                .singleElement()
                .asString()
                .contains("No business calendar 'mars'");
        assertThat(harness.incidents(badMoment))
                .singleElement()
                .asString()
                .contains("fromInstant must be an ISO-8601 date-time");
    }

    private long start(Map<String, Object> variables) {
        return client.newCreateInstanceCommand()
                .bpmnProcessId(PROCESS)
                .latestVersion()
                .variables(variables)
                .send()
                .join()
                .getProcessInstanceKey();
    }

    /** The variable's latest value as JSON, from the engine's record stream. */
    private String variable(long instance, String name) {
        return records(ValueType.VARIABLE)
                .map(r -> (VariableRecordValue) r.getValue())
                .filter(v ->
                        v.getProcessInstanceKey() == instance && v.getName().equals(name))
                .reduce((first, second) -> second)
                .map(VariableRecordValue::getValue)
                .orElse(null);
    }

    private java.util.List<Long> timerDueDates(long instance) {
        return records(ValueType.TIMER)
                .filter(r -> r.getIntent() == TimerIntent.CREATED)
                .map(r -> (TimerRecordValue) r.getValue())
                .filter(v -> v.getProcessInstanceKey() == instance)
                .map(TimerRecordValue::getDueDate)
                .toList();
    }

    private Stream<Record<?>> records(ValueType type) {
        var engine = engineTime.embeddedEngine().orElseThrow();
        return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(r -> r.getValueType() == type);
    }
}
