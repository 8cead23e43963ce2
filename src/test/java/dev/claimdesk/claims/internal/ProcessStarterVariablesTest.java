package dev.claimdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.claims.ClaimHandling;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The claims.* clocks a claim's process starts with are the settings', whatever they are set to. */
class ProcessStarterVariablesTest {

    static ClaimsSettings settings(int response, int reply, int reminderBefore) {
        return new ClaimsSettings(
                response,
                reply,
                reminderBefore,
                Duration.ofSeconds(30),
                Duration.ofSeconds(30),
                64,
                Duration.ofMillis(500),
                Duration.ofSeconds(10));
    }

    @Test
    void aChangedReplySettingIsWhatTheProcessCountsWith() {
        var submitted = Instant.parse("2026-11-02T03:00:00Z");
        var variables = ProcessStarter.startVariables("CLM-2026-000001", submitted, settings(4, 5, 2));

        assertThat(variables)
                .containsEntry(ClaimHandling.VAR_CLAIM_REFERENCE, "CLM-2026-000001")
                .containsEntry(ClaimHandling.VAR_RESPONSE_FROM, submitted.toString())
                .containsEntry(ClaimHandling.VAR_RESPONSE_WORKING_DAYS, 4)
                .containsEntry(ClaimHandling.VAR_REPLY_WORKING_DAYS, 5)
                .containsEntry(ClaimHandling.VAR_REMINDER_WORKING_DAYS_BEFORE, 2);
    }
}
