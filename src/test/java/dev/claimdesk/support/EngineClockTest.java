package dev.claimdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.platform.AppClock;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The harness moves the engine's clock and the application's together; a timer fires without any waiting. */
@ClaimDeskTest
class EngineClockTest {

    @Autowired
    CamundaClient client;

    @Autowired
    ProcessTestHarness harness;

    @Autowired
    AppClock clock;

    @Test
    void aThreeDayTimerFiresWhenTheClockIsMovedThreeDays() {
        client.newDeployResourceCommand()
                .addResourceFromClasspath("bpmn-test/TimerProbe.bpmn")
                .send()
                .join();
        long instance = client.newCreateInstanceCommand()
                .bpmnProcessId("TimerProbe")
                .latestVersion()
                .send()
                .join()
                .getProcessInstanceKey();
        harness.awaitActive(instance, "Event_ThreeDaysLater");
        Duration before = clock.offset();

        harness.advance(Duration.ofHours(71));
        assertThat(harness.isEnded(instance)).as("not due after 71 hours").isFalse();

        harness.advance(Duration.ofHours(1));
        harness.awaitCompleted(instance, "EndEvent_Probe");
        assertThat(clock.offset().minus(before)).isEqualTo(Duration.ofHours(72));
    }
}
