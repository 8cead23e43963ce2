package dev.claimdesk.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.claims.AuditEntry;
import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.claims.ClaimSubmission;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.support.ApiClient;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ClaimFixtures;
import dev.claimdesk.support.ProcessTestHarness;
import dev.claimdesk.tasks.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exactly one process per claim (ADR 0060): claims submitted through the intake API faster than the engine takes them,
 * while a second "instance" starts every claim again and the sweep runs with a 1 s grace, each get one process, one
 * agent task and one "registered" entry.
 */
@ClaimDeskTest
class ProcessStartLoadTest {

    static final int CLAIMS = 48;
    static final String TOKEN = "test-seller-center-token";

    @LocalServerPort
    int port;

    @Autowired
    ProcessStarter starter;

    @Autowired
    Claims claims;

    @Autowired
    Tasks tasks;

    @Autowired
    ProcessTestHarness harness;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Orders orders;

    @Test
    void claimsSubmittedFasterThanTheEngineTakesThemEachGetOneProcessAndOneTask() throws Exception {
        var api = new ApiClient(port);
        var claim = ClaimFixtures.cancelWrongOrderRequest(
                orders.order("NG-240001").items().getFirst().sku());
        Set<String> references = ConcurrentHashMap.newKeySet();
        Set<String> restarted = ConcurrentHashMap.newKeySet();
        var sweeps = new AtomicInteger();
        // another instance of the application (or a redelivered event) starting every claim a second time, and sweeps
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleWithFixedDelay(
                () -> {
                    for (String reference : List.copyOf(references)) {
                        if (restarted.add(reference)) {
                            starter.onClaimStored(new ClaimService.ClaimStored(reference, Instant.now()));
                        }
                    }
                    starter.startUnstarted();
                    sweeps.incrementAndGet();
                },
                0,
                200,
                TimeUnit.MILLISECONDS);
        var pool = Executors.newFixedThreadPool(12);
        var submissions = new ArrayList<java.util.concurrent.Future<?>>();
        for (int thread = 0; thread < 12; thread++) {
            submissions.add(pool.submit(() -> {
                for (int i = 0; i < CLAIMS / 12; i++) {
                    var response = api.send(
                            "POST",
                            "/api/v1/claims",
                            claim,
                            Map.of(
                                    "Authorization",
                                    "Bearer " + TOKEN,
                                    "Idempotency-Key",
                                    UUID.randomUUID().toString()));
                    assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
                    references.add(response.body().path("reference").asText());
                }
                return null;
            }));
        }
        try {
            for (var submission : submissions) {
                submission.get();
            }
            int sweepsAfterSubmission = sweeps.get();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> restarted.size() == CLAIMS && sweeps.get() > sweepsAfterSubmission);
        } finally {
            scheduler.shutdownNow();
        }
        pool.shutdown();
        assertThat(references).hasSize(CLAIMS);

        await().atMost(Duration.ofSeconds(120))
                .until(() ->
                        references.stream().allMatch(r -> tasks.openTaskOf(r).isPresent()));
        starter.startUnstarted(); // a sweep after the dust settles starts nothing either

        for (String reference : references) {
            assertThat(harness.processInstancesWith("claimReference", "\"" + reference + "\""))
                    .as("processes of %s", reference)
                    .hasSize(1);
            assertThat(claims.history(reference).stream().map(AuditEntry::event))
                    .as("history of %s", reference)
                    .containsOnlyOnce("registered")
                    .doesNotContain("duplicate process stopped");
        }
        var tasksPerClaim =
                jdbc.queryForList("SELECT subject_reference, COUNT(*) AS n FROM user_task WHERE subject_reference IN ("
                        + String.join(
                                ",", references.stream().map(r -> "'" + r + "'").toList())
                        + ") GROUP BY subject_reference");
        assertThat(tasksPerClaim)
                .hasSize(CLAIMS)
                .allSatisfy(row -> assertThat(((Number) row.get("n")).intValue())
                        .as("tasks of %s", row.get("subject_reference"))
                        .isEqualTo(1));
    }

    @Test
    void aStartThatArrivesAfterTheClaimsProcessEndedIsStoppedBeforeItDoesAnything() {
        // missing fields: the process registers the claim, finds it invalid and ends at once
        String reference = claims.submit(
                new ClaimSubmission(
                        ClaimCategory.CANCEL_WRONG_ORDER,
                        "shenzhen-gadgets",
                        "Shenzhen Gadgets",
                        "late-start@shenzhen-gadgets.example",
                        "NG",
                        Map.of(ClaimField.ORDER_NUMBER, "NG-240001"),
                        List.of(),
                        "import"),
                "import");
        long first = await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> claims.find(reference).orElseThrow().processInstanceKey(), k -> k != null);
        harness.awaitEnded(first);
        var trail = claims.history(reference).stream().map(AuditEntry::event).toList();

        starter.onClaimStored(new ClaimService.ClaimStored(reference, Instant.now()));

        String json = "\"" + reference + "\"";
        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() ->
                        harness.processInstancesWith("claimReference", json).size() == 2);
        long second = harness.processInstancesWith("claimReference", json).stream()
                .filter(key -> key != first)
                .findFirst()
                .orElseThrow();
        harness.awaitEnded(second);
        assertThat(harness.hasCompleted(second, "Task_RegisterClaim")).isFalse();
        assertThat(claims.find(reference).orElseThrow().processInstanceKey()).isEqualTo(first);
        assertThat(claims.history(reference).stream().map(AuditEntry::event).toList())
                .containsExactlyElementsOf(concat(trail, "duplicate process stopped"));
        assertThat(tasks.openTaskOf(reference)).isEmpty();
    }

    static List<String> concat(List<String> list, String last) {
        var all = new ArrayList<>(list);
        all.add(last);
        return all;
    }
}
