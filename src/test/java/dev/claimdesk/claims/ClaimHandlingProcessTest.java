package dev.claimdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ClaimFixtures;
import dev.claimdesk.support.ProcessTestHarness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** app -> engine -> worker -> database: a submitted claim's process runs and its worker's effect is stored. */
@ClaimDeskTest
class ClaimHandlingProcessTest {

    @Autowired
    Claims claims;

    @Autowired
    ProcessTestHarness harness;

    @Test
    void aSubmittedClaimIsRegisteredByItsProcess() {
        String reference = claims.submit(ClaimFixtures.cancelWrongOrder("test-shop"), "seller");

        assertThat(reference).matches("CLM-\\d{4}-\\d{6}");
        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> claims.find(reference).orElseThrow().status() == ClaimStatus.REGISTERED);

        long instance = claims.find(reference).orElseThrow().processInstanceKey();
        harness.awaitEnded(instance);
        assertThat(harness.completedElements(instance))
                .containsSubsequence("StartEvent_ClaimSubmitted", "Task_RegisterClaim", "EndEvent_ClaimRegistered");
        assertThat(claims.history(reference)).extracting(AuditEntry::event).containsExactly("submitted", "registered");
    }
}
