package dev.claimdesk.counterfeit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.billing.Billing;
import dev.claimdesk.counterfeit.internal.DelistSkuWorker;
import dev.claimdesk.counterfeit.internal.PostPenaltyWorker;
import dev.claimdesk.counterfeit.internal.ReversePenaltyWorker;
import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Zeebe delivers a job at least once, and a worker may stop after the bill service posted but before it recorded the
 * posting: the penalty and its reversal are posted once (the finding's idempotency key), reversing a penalty that was
 * never posted posts nothing and does not fail, and delisting twice is harmless.
 */
@ClaimDeskTest
class CounterfeitWorkerRedeliveryTest {

    @Autowired
    CamundaClient client;

    @Autowired
    Findings findings;

    @Autowired
    Orders orders;

    @Autowired
    Billing billing;

    @Autowired
    ClaimIntake intake;

    @Autowired
    PostPenaltyWorker postPenalty;

    @Autowired
    ReversePenaltyWorker reversePenalty;

    @Autowired
    DelistSkuWorker delistSku;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    dev.claimdesk.platform.AppClock clock;

    @Autowired
    dev.claimdesk.platform.PlatformProperties platform;

    CounterfeitFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new CounterfeitFixtures(orders, findings, intake);
        client.newDeployResourceCommand()
                .addResourceFromClasspath("bpmn-test/CounterfeitJobProbe.bpmn")
                .send()
                .join();
    }

    /** A job of the probe process for the finding: the same job handed to a worker twice is a redelivery. */
    ActivatedJob jobFor(Finding finding) {
        long instance = client.newCreateInstanceCommand()
                .bpmnProcessId("CounterfeitJobProbe")
                .latestVersion()
                .variables(Map.of(CounterfeitAppeal.VAR_FINDING_REFERENCE, finding.reference()))
                .send()
                .join()
                .getProcessInstanceKey();
        return await().atMost(ProcessTestHarness.TIMEOUT)
                .until(
                        () -> client
                                .newActivateJobsCommand()
                                .jobType("counterfeit-test-probe")
                                .maxJobsToActivate(10)
                                .timeout(Duration.ofMinutes(1))
                                .send()
                                .join()
                                .getJobs()
                                .stream()
                                .filter(j -> j.getProcessInstanceKey() == instance)
                                .findFirst()
                                .orElse(null),
                        j -> j != null);
    }

    Finding current(Finding finding) {
        return findings.find(finding.reference()).orElseThrow();
    }

    /** Forgets the postings on the finding, as if the worker had stopped right after the bill service answered. */
    void forgetPostings(Finding finding) {
        jdbc.update(
                "UPDATE counterfeit_finding SET penalty_posting_id = NULL, reversal_posting_id = NULL WHERE reference = ?",
                finding.reference());
    }

    long penaltyLines(Finding finding) {
        var period = YearMonth.from(clock.instant().atZone(platform.timeZone()));
        return billing.transactions(finding.shop(), period, null).stream()
                .filter(t -> t.postingId() != null)
                .filter(t -> t.postingId().equals(current(finding).penaltyPostingId())
                        || t.postingId().equals(current(finding).reversalPostingId()))
                .count();
    }

    @Test
    void aRetriedPenaltyOrReversalPostsOnce() {
        Finding finding = fixtures.record(fixtures.nextItem());
        ActivatedJob job = jobFor(finding);

        postPenalty.postPenalty(job, finding.reference());
        long penaltyId = current(finding).penaltyPostingId();
        postPenalty.postPenalty(job, finding.reference());
        forgetPostings(finding);
        postPenalty.postPenalty(job, finding.reference());
        assertThat(current(finding).penaltyPostingId()).isEqualTo(penaltyId);

        reversePenalty.reversePenalty(job, finding.reference());
        long reversalId = current(finding).reversalPostingId();
        reversePenalty.reversePenalty(job, finding.reference());
        jdbc.update(
                "UPDATE counterfeit_finding SET reversal_posting_id = NULL WHERE reference = ?", finding.reference());
        reversePenalty.reversePenalty(job, finding.reference());
        assertThat(current(finding).reversalPostingId()).isEqualTo(reversalId);
        assertThat(penaltyLines(finding))
                .as("one penalty line and one reversal line")
                .isEqualTo(2);
        assertThat(findings.history(finding.reference()).stream()
                        .filter(e -> e.event().equals("penalty posted"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void reversingAPenaltyNeverPostedPostsNothing() {
        Finding finding = fixtures.record(fixtures.nextItem());
        ActivatedJob job = jobFor(finding);

        reversePenalty.reversePenalty(job, finding.reference());

        assertThat(current(finding).reversalPostingId()).isNull();
        assertThat(current(finding).penaltyPostingId()).isNull();
        assertThat(findings.history(finding.reference()))
                .anySatisfy(e -> assertThat(e.event()).isEqualTo("no penalty to reverse"));
    }

    @Test
    void delistingTwiceIsHarmless() {
        var item = fixtures.nextItem();
        Finding finding = fixtures.record(item);
        ActivatedJob job = jobFor(finding);

        delistSku.delistSku(job, finding.reference());
        var first = orders.delisting(item.shop().code(), item.sku()).orElseThrow();
        delistSku.delistSku(job, finding.reference());
        var second = orders.delisting(item.shop().code(), item.sku()).orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(second.reason()).isEqualTo("Counterfeit finding " + finding.reference());
        assertThat(current(finding).delistedAt()).isEqualTo(first.delistedAt());
    }
}
