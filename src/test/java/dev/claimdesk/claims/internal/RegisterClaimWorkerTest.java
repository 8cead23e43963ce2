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

/** Zeebe delivers a job at least once: registering twice leaves one audit entry and the first process key. */
@ClaimDeskTest
class RegisterClaimWorkerTest {

    @Autowired
    ClaimService service;

    @Autowired
    Claims claims;

    @Test
    void aJobDeliveredTwiceRegistersTheClaimOnce() {
        String reference = service.submit(ClaimFixtures.cancelWrongOrder("twice-shop"), "seller");
        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> claims.find(reference).orElseThrow().status() == ClaimStatus.REGISTERED);
        long processInstanceKey = claims.find(reference).orElseThrow().processInstanceKey();

        service.markRegistered(reference, processInstanceKey); // the same job, delivered again

        var claim = claims.find(reference).orElseThrow();
        assertThat(claim.status()).isEqualTo(ClaimStatus.REGISTERED);
        assertThat(claim.processInstanceKey()).isEqualTo(processInstanceKey);
        assertThat(claims.history(reference)).extracting(AuditEntry::event).containsOnlyOnce("registered");
    }
}
