package dev.claimdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.claims.AuditEntry;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ClaimFixtures;
import dev.claimdesk.support.ProcessTestHarness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Zeebe delivers a job at least once: a step done twice for the same job leaves one audit entry. */
@ClaimDeskTest
class RegisterClaimWorkerTest {

    @Autowired
    ClaimSteps steps;

    @Autowired
    Claims claims;

    @Test
    void aJobDeliveredTwiceRegistersTheClaimOnce() {
        String reference = claims.submit(ClaimFixtures.cancelWrongOrder("twice-shop"), "seller");
        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> claims.history(reference).stream()
                        .anyMatch(e -> e.event().equals("registered")));
        long processInstanceKey = claims.find(reference).orElseThrow().processInstanceKey();

        var variables = steps.register(reference, processInstanceKey, 424242L).orElseThrow();
        steps.register(reference, processInstanceKey, 424242L); // the same job, delivered again

        assertThat(variables)
                .containsEntry("category", "CANCEL_WRONG_ORDER")
                .containsEntry("needsOrder", true)
                .containsEntry("orderNumber", "NG-240001");
        assertThat(claims.find(reference).orElseThrow().status()).isNotEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claims.history(reference).stream().map(AuditEntry::event).filter("registered"::equals))
                .hasSize(2); // the process's own job, and the test's job once
    }
}
