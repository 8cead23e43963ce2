package dev.claimdesk.rtv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.demo.DemoCaseHistory;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.rtv.PastRtvCase;
import dev.claimdesk.rtv.RtvCase;
import dev.claimdesk.rtv.RtvCases;
import dev.claimdesk.support.ClaimDeskTest;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Past RTV cases imported in bulk (the demo's history): stored as they ended with their trails and references, an
 * appeal reference of their own, and no process, which the sweep of unstarted cases leaves alone (a closed case needs
 * none).
 */
@ClaimDeskTest
class RtvHistoryImportTest {

    @Autowired
    RtvCases rtvCases;

    @Autowired
    RtvStore store;

    @Autowired
    DemoCaseHistory demo;

    @Autowired
    AppClock clock;

    @Test
    void pastCasesAreStoredAsTheyEndedWithTheirTrailsAndNoProcess() {
        List<PastRtvCase> past = demo.pastRtvCases(new Random(7), 40, 30);
        List<String> references = rtvCases.importHistory(past);

        assertThat(references)
                .hasSameSizeAs(past)
                .doesNotHaveDuplicates()
                .allMatch(r -> r.matches("RTV-\\d{4}-\\d{6}"));
        for (int i = 0; i < past.size(); i++) {
            RtvCase made = past.get(i).rtvCase();
            RtvCase stored = rtvCases.find(references.get(i)).orElseThrow();
            assertThat(stored.status()).isEqualTo(made.status());
            assertThat(stored.requestedAt()).isEqualTo(made.requestedAt());
            assertThat(stored.closedAt()).isEqualTo(made.closedAt());
            assertThat(stored.processInstanceKey()).isNull();
            assertThat(stored.appealReference())
                    .isEqualTo(Boolean.TRUE.equals(made.appealed()) ? "APL-" + stored.reference() : null);
            assertThat(rtvCases.history(references.get(i)))
                    .isEqualTo(past.get(i).trail());
        }
        String appealed = references.get(past.indexOf(past.stream()
                .filter(c -> Boolean.TRUE.equals(c.rtvCase().appealed()))
                .findFirst()
                .orElseThrow()));
        assertThat(rtvCases.byAppeal("APL-" + appealed)).map(RtvCase::reference).hasValue(appealed);
        assertThat(store.unstarted(clock.instant().plus(Duration.ofDays(1))))
                .as("the sweep starts no process for a past case")
                .doesNotContainAnyElementsOf(references);
    }
}
