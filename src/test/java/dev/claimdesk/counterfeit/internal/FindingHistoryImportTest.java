package dev.claimdesk.counterfeit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.counterfeit.AppealWindow;
import dev.claimdesk.counterfeit.Finding;
import dev.claimdesk.counterfeit.Findings;
import dev.claimdesk.counterfeit.PastFinding;
import dev.claimdesk.demo.DemoCaseHistory;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.support.ClaimDeskTest;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Past findings imported in bulk (the demo's history): stored as they were decided with their trails and references,
 * closed to appeals, and with no process, which the sweep of unstarted findings leaves alone.
 */
@ClaimDeskTest
class FindingHistoryImportTest {

    @Autowired
    Findings findings;

    @Autowired
    FindingStore store;

    @Autowired
    DemoCaseHistory demo;

    @Autowired
    AppClock clock;

    @Test
    void pastFindingsAreStoredAsTheyWereDecidedWithTheirTrailsAndNoProcess() {
        List<PastFinding> past = demo.pastFindings(new Random(7), 40, 30);
        List<String> references = findings.importHistory(past);

        assertThat(references)
                .hasSameSizeAs(past)
                .doesNotHaveDuplicates()
                .allMatch(r -> r.matches("CFN-\\d{4}-\\d{6}"));
        for (int i = 0; i < past.size(); i++) {
            Finding made = past.get(i).finding();
            Finding stored = findings.find(references.get(i)).orElseThrow();
            assertThat(stored.status()).isEqualTo(made.status());
            assertThat(stored.decision()).isEqualTo(made.decision());
            assertThat(stored.penaltyAmount()).isEqualByComparingTo(made.penaltyAmount());
            assertThat(stored.appealDueAt()).isEqualTo(made.appealDueAt());
            assertThat(stored.processInstanceKey()).isNull();
            assertThat(findings.history(references.get(i)))
                    .isEqualTo(past.get(i).trail());
            assertThat(findings.appealWindow(stored.shop(), stored.orderNumber(), stored.sku()))
                    .isInstanceOf(AppealWindow.Closed.class);
        }
        assertThat(store.unstarted(clock.instant().plus(Duration.ofDays(1)), 10_000))
                .as("the sweep starts no process for a past finding")
                .doesNotContainAnyElementsOf(references);
    }
}
