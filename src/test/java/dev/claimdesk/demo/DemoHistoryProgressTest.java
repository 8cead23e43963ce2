package dev.claimdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page bar's word on the demo data loading after "ready": first the live cases, then the past, then nothing. */
class DemoHistoryProgressTest {

    @Test
    void theBarSaysWhatIsLoadingUntilAllIsIn() {
        var progress = new DemoHistoryProgress();
        assertThat(progress.demoNotice()).isNull();

        progress.started(3000);
        assertThat(progress.demoNotice())
                .isEqualTo("Demo cases loading: claims, counterfeit findings and an RTV request");

        progress.casesLoaded();
        progress.done(500);
        assertThat(progress.demoNotice()).isEqualTo("Demo history loading: 500 of 3,000 past claims");

        progress.finished();
        assertThat(progress.demoNotice()).isNull();
    }
}
