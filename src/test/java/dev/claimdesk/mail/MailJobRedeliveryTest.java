package dev.claimdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.mail.internal.MailStore;
import dev.claimdesk.mail.internal.SendInfoRequestWorker;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Zeebe delivers a job at least once: the same job (same key) handed to the info-request worker twice queues and sends
 * one mail, and both deliveries tell the process the same Message-ID.
 */
@ClaimDeskTest
class MailJobRedeliveryTest {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    CamundaClient client;

    @Autowired
    SendInfoRequestWorker worker;

    @Autowired
    Claims claims;

    @Autowired
    Mailbox mailbox;

    @Autowired
    MailStore store;

    @Autowired
    PlatformProperties platform;

    @Autowired
    ProcessTestHarness harness;

    @Test
    void aJobDeliveredTwiceSendsOneMail() {
        client.newDeployResourceCommand()
                .addResourceFromClasspath("bpmn-test/MailJobProbe.bpmn")
                .send()
                .join();
        String seller = SellerMailbox.newSellerAddress();
        String reference = SellerMailbox.newClaim(jdbc, seller);
        long instance = client.newCreateInstanceCommand()
                .bpmnProcessId("MailJobProbe")
                .latestVersion()
                .variables(Map.of(MailJobs.VAR_CLAIM_REFERENCE, reference))
                .send()
                .join()
                .getProcessInstanceKey();
        ActivatedJob job = await().atMost(ProcessTestHarness.TIMEOUT).until(() -> activate(instance), j -> j != null);

        var first = worker.sendInfoRequest(job, reference, "Which SKU?", 3);
        var second = worker.sendInfoRequest(job, reference, "Which SKU?", 3);
        client.newCompleteCommand(job).variables(second).send().join();

        assertThat(second).isEqualTo(first);
        String messageId = (String) first.get(MailJobs.VAR_MAIL_MESSAGE_ID);
        harness.awaitEnded(instance);
        await().atMost(SellerMailbox.TIMEOUT)
                .until(() -> store.findByMessageId(messageId).orElseThrow().status() == ThreadEntry.Status.SENT);
        assertThat(new SellerMailbox(platform.mail().helpdeskAddress()).received(seller))
                .hasSize(1);
        assertThat(mailbox.thread(reference)).hasSize(1);
    }

    private ActivatedJob activate(long instance) {
        List<ActivatedJob> jobs = client.newActivateJobsCommand()
                .jobType("mail-test-probe")
                .maxJobsToActivate(10)
                .timeout(Duration.ofMinutes(1))
                .send()
                .join()
                .getJobs();
        return jobs.stream()
                .filter(j -> j.getProcessInstanceKey() == instance)
                .findFirst()
                .orElse(null);
    }
}
