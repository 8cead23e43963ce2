package dev.claimdesk.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.platform.EngineMessages;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import io.camunda.client.CamundaClient;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine outbox (ADR 0140): a message exists if and only if its transaction commits, reaches a waiting process
 * after the commit, and one the engine did not take at the time (it was down) is published by the sweep later.
 */
@ClaimDeskTest
class EngineOutboxTest {

    @Autowired
    EngineMessages messages;

    @Autowired
    EngineOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CamundaClient client;

    @Autowired
    ProcessTestHarness harness;

    @BeforeEach
    void deployProbe() {
        client.newDeployResourceCommand()
                .addResourceFromClasspath("bpmn-test/OutboxProbe.bpmn")
                .send()
                .join();
    }

    long waitingProbe(String key) {
        long instance = client.newCreateInstanceCommand()
                .bpmnProcessId("OutboxProbe")
                .latestVersion()
                .variables(Map.of("probeKey", key))
                .send()
                .join()
                .getProcessInstanceKey();
        harness.awaitActive(instance, "Event_ProbeMessage");
        return instance;
    }

    void send(String key, String messageId) {
        messages.publishAfterCommit("outbox-probe", key, messageId, Duration.ofMinutes(1), Map.of("probed", true));
    }

    Integer rows(String messageId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM engine_outbox WHERE message_id = ?", Integer.class, messageId);
    }

    @Test
    void aCommittedMessageReachesTheWaitingProcessOnce() {
        String key = UUID.randomUUID().toString();
        long instance = waitingProbe(key);
        String messageId = "probe:" + key;
        transactions.executeWithoutResult(status -> {
            send(key, messageId);
            send(key, messageId); // the same message announced twice is one message
        });
        harness.awaitEnded(instance);
        assertThat(harness.variable(instance, "probed")).contains("true");
        assertThat(rows(messageId)).isEqualTo(1);
        org.awaitility.Awaitility.await()
                .atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> jdbc.queryForObject(
                                "SELECT published_at FROM engine_outbox WHERE message_id = ?",
                                Timestamp.class,
                                messageId)
                        != null);
    }

    @Test
    void aMessageOfARolledBackTransactionDoesNotExist() {
        String key = UUID.randomUUID().toString();
        long instance = waitingProbe(key);
        transactions.executeWithoutResult(status -> {
            send(key, "probe:" + key);
            status.setRollbackOnly();
        });
        assertThat(rows("probe:" + key)).isZero();
        outbox.publishPending();
        assertThat(harness.isActive(instance, "Event_ProbeMessage")).isTrue();
    }

    @Test
    void aMessageTheEngineDidNotTakeIsPublishedByTheSweep() {
        String key = UUID.randomUUID().toString();
        long instance = waitingProbe(key);
        // as the row stands when the engine was down at the commit: stored, never published, one failed attempt
        jdbc.update(
                "INSERT INTO engine_outbox (message_name, correlation_key, message_id, ttl_ms, variables, created_at,"
                        + " attempts, last_error) VALUES ('outbox-probe', ?, ?, 60000, '{\"probed\":true}', ?, 1,"
                        + " 'UNAVAILABLE: io exception')",
                key,
                "probe:" + key,
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))));
        assertThat(harness.isActive(instance, "Event_ProbeMessage")).isTrue();

        outbox.publishPending();

        harness.awaitEnded(instance);
        // published and marked so; the scheduled sweep may have published it too (the message id makes that harmless)
        assertThat(jdbc.queryForObject(
                        "SELECT attempts FROM engine_outbox WHERE message_id = ?", Integer.class, "probe:" + key))
                .isGreaterThanOrEqualTo(2);
        org.awaitility.Awaitility.await()
                .atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM engine_outbox WHERE message_id = ? AND published_at IS NOT NULL",
                                Integer.class,
                                "probe:" + key)
                        == 1);
    }
}
