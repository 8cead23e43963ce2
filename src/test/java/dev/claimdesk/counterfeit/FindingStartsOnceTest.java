package dev.claimdesk.counterfeit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.mail.SellerMailbox;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.platform.ProcessStarts;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import io.camunda.client.CamundaClient;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One CounterfeitAppeal process per finding (ADR 0060), however often its start is sent: starts sent while the process
 * runs are dropped by the engine; a start that arrives after the process ended is cancelled by the first step before
 * the seller gets a second notice.
 */
@ClaimDeskTest
class FindingStartsOnceTest {

    @Autowired
    Findings findings;

    @Autowired
    Orders orders;

    @Autowired
    ClaimIntake intake;

    @Autowired
    PlatformProperties platform;

    @Autowired
    ProcessStarts starts;

    @Autowired
    CamundaClient client;

    @Autowired
    ProcessTestHarness harness;

    @Test
    void aFindingStartedAgainGetsOneProcessAndOneNotice() {
        var fixtures = new CounterfeitFixtures(orders, findings, intake);
        var seller = new SellerMailbox(platform.mail().helpdeskAddress());
        Finding finding = fixtures.record(fixtures.nextItem());
        String json = "\"" + finding.reference() + "\"";

        // the sweep of another instance of the application, or a redelivered event, sending the start again
        IntStream.range(0, 10)
                .mapToObj(i -> startAgain(finding).toCompletableFuture())
                .toList()
                .forEach(CompletableFuture::join);
        long first = fixtures.instanceOf(finding);
        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> findings.find(finding.reference()).orElseThrow().noticeSentAt() != null);
        assertThat(harness.processInstancesWith(CounterfeitAppeal.VAR_FINDING_REFERENCE, json))
                .containsExactly(first);

        // a start that comes after the finding's process ended starts a newcomer, which stops at its first step
        client.newCancelInstanceCommand(first).send().join();
        harness.awaitEnded(first);
        startAgain(finding).toCompletableFuture().join();
        long newcomer = harness.awaitEndedNewcomer(CounterfeitAppeal.VAR_FINDING_REFERENCE, json, first);
        assertThat(harness.completedElements(newcomer))
                .doesNotContain("Task_RegisterFinding", "Task_ComputeAppealDeadline");
        assertThat(findings.find(finding.reference()).orElseThrow().processInstanceKey())
                .isEqualTo(first);
        assertThat(seller.received(finding.sellerEmail()).stream()
                        .filter(m -> CounterfeitAppealProcessTest.subject(m).contains(finding.reference())))
                .hasSize(1);
    }

    private CompletionStage<?> startAgain(Finding finding) {
        return starts.start(
                CounterfeitAppeal.MSG_FINDING_RECORDED,
                finding.reference(),
                Map.of(CounterfeitAppeal.VAR_FINDING_REFERENCE, finding.reference()));
    }
}
