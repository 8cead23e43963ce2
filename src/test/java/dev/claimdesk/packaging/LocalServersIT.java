package dev.claimdesk.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.platform.FaultPoints;
import dev.claimdesk.support.BackOffice;
import dev.claimdesk.support.ClaimFixtures;
import dev.claimdesk.support.EnvFile;
import dev.claimdesk.support.TcpProxy;
import io.camunda.client.CamundaClient;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The local servers (engine, database, mail) in their own JVM, started from the built jar as scripts/local-servers.sh
 * does, and the application started from the same jar with the settings they write: a claim submitted, the
 * application killed with SIGKILL and started again, and everything is where it was (claim, task, mail), nothing is
 * seeded twice, and the restarted application carries a new claim to its task on the same engine. Then the crash tests
 * of issue 13 (docs/reliability.md): the application halted at a named fault point (a claim stored before its process
 * starts, a reply stored or published, a job's side effect done before the job completes, a task's completion stored
 * or confirmed) and started again; the counts in the database show nothing lost and nothing done twice.
 */
class LocalServersIT {

    private static final Duration LIMIT = Duration.ofMinutes(4);

    /** Without the demo's claims, which would reach an armed fault point while the application starts. */
    private static final String NO_DEMO = "--claimdesk.demo.enabled=false";

    /** The job a dead instance held comes back after 10 seconds instead of the default 5 minutes. */
    private static final String SHORT_JOB_TIMEOUT = "--camunda.client.worker.defaults.timeout=10s";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final List<Process> SERVERS = new ArrayList<>();
    private static Map<String, String> settings;
    /** The jar unpacked: classes load from plain jars, twice as fast as from the jar in the jar. */
    private static Path app;

    private static Path aotCache;
    private Path log;
    private final List<Process> processes = new ArrayList<>();
    private int port;

    @BeforeAll
    static void startTheLocalServers() throws Exception {
        Path envFile = Files.createTempFile("local-servers", ".env");
        Files.delete(envFile);
        Path serversLog = Files.createTempFile("local-servers", ".log");
        SERVERS.add(start(
                List.of(
                        BuiltJar.java(),
                        "-Xmx768m",
                        "-cp",
                        BuiltJar.path().toString(),
                        "-Dloader.main=dev.claimdesk.platform.internal.LocalServers",
                        "org.springframework.boot.loader.launch.PropertiesLauncher",
                        "--claimdesk.engine.port=" + BuiltJar.freePort(),
                        "--claimdesk.database.port=" + BuiltJar.freePort(),
                        "--claimdesk.mail.smtp-port=" + BuiltJar.freePort(),
                        "--claimdesk.mail.imap-port=" + BuiltJar.freePort(),
                        "--env-file=" + envFile),
                Map.of(),
                serversLog));
        settings = awaitSettings(envFile, serversLog);
        assertThat(settings).containsEntry("CLAIMDESK_ENGINE_EMBEDDED", "false").containsKey("SPRING_DATASOURCE_URL");

        app = BuiltJar.extracted();
        aotCache = app.resolveSibling("claimdesk.aot");
        Files.deleteIfExists(aotCache);
        // the first start stores the demo's users (Amina, admin) and, stopped cleanly, writes the cache of classes
        var first = new LocalServersIT();
        first.port = BuiltJar.freePort();
        first.startApplication();
        first.stop();
    }

    @BeforeEach
    void newPort() throws IOException {
        port = BuiltJar.freePort();
    }

    /**
     * JDK 25's ahead-of-time cache (JEP 483, 514): the classes the application loads and links, written when the first
     * start stops and read by every later one, which then starts in about 4 s instead of 7 (14 from the packed jar).
     */
    private static List<String> aotCacheOptions() throws IOException {
        if (Runtime.version().feature() < 25) {
            return List.of();
        }
        // its warnings (classes it leaves out, stubs of the quick compiler) would hide the application's own log
        String quiet = "-Xlog:aot*=error";
        if (Files.exists(aotCache) && Files.size(aotCache) > 0) {
            return List.of("-XX:AOTCache=" + aotCache, quiet);
        }
        Files.deleteIfExists(aotCache); // left empty by a start that did not stop cleanly
        return List.of("-XX:AOTCacheOutput=" + aotCache, quiet);
    }

    @AfterAll
    static void stopTheLocalServers() throws InterruptedException {
        for (Process servers : SERVERS) {
            BuiltJar.stop(servers);
        }
    }

    @Test
    void theApplicationKilledAndStartedAgainFindsEverythingOnTheLocalServers() throws Exception {
        Process first = startApplication();
        String before = newClaim();
        awaitTask(before);
        long claims = count("SELECT COUNT(*) FROM claim");
        long tasks = count("SELECT COUNT(*) FROM user_task");
        long mails = count("SELECT COUNT(*) FROM mail_message");

        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        Process second = startApplication();

        assertThat(count("SELECT COUNT(*) FROM claim"))
                .as("no claim lost or seeded twice")
                .isEqualTo(claims);
        assertThat(count("SELECT COUNT(*) FROM user_task")).isGreaterThanOrEqualTo(tasks);
        assertThat(count("SELECT COUNT(*) FROM mail_message")).isGreaterThanOrEqualTo(mails);
        assertThat(count(
                        "SELECT COUNT(*) FROM user_task WHERE state = 'OPEN' AND subject_reference = '" + before + "'"))
                .as("the claim's task is still open, once")
                .isEqualTo(1);
        String after = newClaim();
        awaitTask(after);
        assertThat(count("SELECT COUNT(*) FROM user_task WHERE subject_reference = '" + before + "'"))
                .isEqualTo(1);
        assertThat(second.isAlive()).isTrue();
    }

    @Test
    void aClaimStoredJustBeforeTheApplicationDiesStartsOnceAfterTheRestart() throws Exception {
        Process doomed = startArmed(FaultPoints.CLAIM_STORED_BEFORE_START, NO_DEMO);
        String key = UUID.randomUUID().toString();
        assertThatThrownBy(() -> submitClaim(key))
                .as("the application halts after the claim's commit, before it answers")
                .isInstanceOf(IOException.class);
        awaitHalt(doomed, "the application halts at its fault point");

        // started again without the fault; the sweep looks for unstarted claims every 2 s, after 5 s of grace
        startApplication("--claimdesk.claims.start-sweep-interval=2s", "--claimdesk.claims.start-sweep-grace=5s");
        var retried = submitClaim(key); // the seller's retry with the same key: the claim stored before the crash
        assertThat(retried.statusCode())
                .as("answered as a replay: " + retried.body())
                .isEqualTo(200);
        String reference = JSON.readTree(retried.body()).path("reference").asText();
        awaitTask(reference);
        assertThat(count("SELECT COUNT(*) FROM user_task WHERE subject_reference = '" + reference + "'"))
                .as("one process, one task")
                .isEqualTo(1);
        assertDeliveredOnce(reference, "CLAIM_ACKNOWLEDGEMENT");
    }

    /**
     * A seller's reply read from the mailbox while the application dies: after the reply is stored and before the
     * engine hears of it (the mailbox not yet marked: the mail is read again), or after the engine has it and before
     * the row says so (it is published again: the engine refuses the same message id). After the restart the reply is
     * stored once and published once.
     */
    @ParameterizedTest
    @ValueSource(strings = {FaultPoints.REPLY_STORED_BEFORE_PUBLISH, FaultPoints.REPLY_PUBLISHED_BEFORE_MARK})
    void aReplyReadJustBeforeTheApplicationDiesIsStoredAndPublishedOnce(String point) throws Exception {
        // the mailbox lock of the dead instance must lapse soon for the next one to read the mailbox
        String[] mail = {"--claimdesk.mail.inbound.poll-interval=1s", "--claimdesk.mail.inbound.lock-lease=5s", NO_DEMO
        };
        Process doomed = startArmed(point, mail);
        String reference = newClaim();
        Map<String, String> acknowledgement =
                awaitRow("SELECT message_id, reply_to, to_address, subject FROM mail_message WHERE claim_reference = '"
                        + reference + "' AND direction = 'TO_SELLER' AND status = 'SENT'");
        String replyId = "crash-" + UUID.randomUUID() + "@seller.example"; // stored without its angle brackets
        sendReply(acknowledgement, replyId);

        awaitHalt(doomed, "the application halts at " + point);
        String stored = "SELECT COUNT(*) FROM mail_message WHERE message_id = '" + replyId + "'";
        assertThat(count(stored)).as("the reply was stored before the halt").isEqualTo(1);

        startApplication(mail);
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (count(stored + " AND published_at IS NOT NULL") == 0) {
            assertThat(System.nanoTime())
                    .as("the reply published after the restart")
                    .isLessThan(deadline);
            Thread.sleep(500); // the restarted instance's sweep publishes pending replies every poll
        }
        Thread.sleep(3000); // a few more polls: the mail read again must not be stored again
        assertThat(count(stored)).as("stored once").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM mail_message WHERE claim_reference = '" + reference
                        + "' AND direction = 'FROM_SELLER'"))
                .isEqualTo(1);
    }

    /**
     * A send-mail job whose mail and audit entry are committed when the application dies, before the job is completed:
     * the engine hands the job out again once its timeout lapses, and the restarted worker finds the mail queued under
     * the job's key. One mail, one outbox row, one audit entry, and the claim moves on to its task.
     */
    @Test
    void aMailJobThatDiesAfterQueuingItsMailQueuesItOnceAndTheClaimMovesOn() throws Exception {
        String[] options = {NO_DEMO, SHORT_JOB_TIMEOUT};
        Process doomed = startArmed(FaultPoints.MAIL_QUEUED_BEFORE_COMPLETE, options);
        String reference = newClaim();
        awaitHalt(doomed, "the application halts once the acknowledgement is queued");
        String acknowledgements = "SELECT COUNT(*) FROM mail_message WHERE claim_reference = '" + reference
                + "' AND kind = 'CLAIM_ACKNOWLEDGEMENT'";
        assertThat(count(acknowledgements)).as("queued before the halt").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM user_task WHERE subject_reference = '" + reference + "'"))
                .as("the process waits at the uncompleted job")
                .isZero();

        startApplication(options);
        awaitTask(reference);
        awaitRow("SELECT id FROM mail_message WHERE claim_reference = '" + reference
                + "' AND kind = 'CLAIM_ACKNOWLEDGEMENT' AND status = 'SENT'");
        assertThat(count(acknowledgements)).as("one mail").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM mail_outbox o JOIN mail_message m ON m.id = o.mail_message_id"
                        + " WHERE m.claim_reference = '" + reference + "' AND m.kind = 'CLAIM_ACKNOWLEDGEMENT'"))
                .as("one outbox row")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM claim_audit a JOIN claim c ON c.id = a.claim_id WHERE c.reference = '"
                        + reference + "' AND a.event = 'acknowledged'"))
                .as("one audit entry")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM user_task WHERE subject_reference = '" + reference + "'"))
                .isEqualTo(1);
        assertDeliveredOnce(reference, "CLAIM_ACKNOWLEDGEMENT");
    }

    /**
     * The bill service has posted a finding's penalty when the application dies, before the finding records the
     * posting: the job comes back after its timeout and posts again under the finding's idempotency key, which the
     * bill service answers with the first posting. One posting, one audit entry, and the finding knows its posting.
     */
    @Test
    void aPenaltyPostedJustBeforeTheApplicationDiesIsPostedOnce() throws Exception {
        String[] options = {NO_DEMO, SHORT_JOB_TIMEOUT, "--claimdesk.counterfeit.penalty-at-notice=true"};
        Process doomed = startArmed(FaultPoints.PENALTY_POSTED_BEFORE_RECORD, options);
        String finding = newFinding();
        awaitHalt(doomed, "the application halts once the penalty is posted");
        String postings =
                "SELECT COUNT(*) FROM ref_bill_posting WHERE idempotency_key = 'counterfeit-penalty:" + finding + "'";
        assertThat(count(postings)).as("posted before the halt").isEqualTo(1);

        startApplication(options);
        awaitRow("SELECT id FROM counterfeit_finding WHERE reference = '" + finding
                + "' AND penalty_posting_id IS NOT NULL");
        assertThat(count(postings)).as("one posting").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM counterfeit_audit WHERE finding_reference = '" + finding
                        + "' AND event = 'penalty posted'"))
                .as("one audit entry")
                .isEqualTo(1);
    }

    /**
     * An agent accepts a claim with the item's cancellation, and the application dies after the order service cancelled
     * the item, before the job is completed: the job comes back after its timeout, the order service answers the second
     * cancellation with the cancelled item, and the claim goes on to its one resolution mail.
     */
    @Test
    void anItemCancelledJustBeforeTheApplicationDiesIsCancelledOnceAndTheClaimIsResolved() throws Exception {
        String[] options = {NO_DEMO, SHORT_JOB_TIMEOUT};
        Process doomed = startArmed(FaultPoints.ITEM_CANCELLED_BEFORE_COMPLETE, options);
        String reference = claimWithItsTask();
        // the claims of this class are on the first item of NG-240001 (newClaim); only this test cancels it
        String cancellations = cancellationsOf(0);
        var done = acceptAsAmina(reference, List.of("cancel-order-item"));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        awaitHalt(doomed, "the application halts once the item is cancelled");
        assertThat(count(cancellations)).as("cancelled before the halt").isEqualTo(1);

        startApplication(options);
        assertResolvedOnce(reference);
        assertThat(count(cancellations)).as("cancelled once").isEqualTo(1);
    }

    /**
     * An agent completes a task and the application dies after the completion is stored, before the engine hears of
     * it, or after the engine has it, before the task's row says so: the restarted instance sends the completion again
     * (the engine, which no longer knows the job in the second case, answers "not found") and marks the task done. The
     * process goes on once: one resolution mail.
     */
    @ParameterizedTest
    @ValueSource(strings = {FaultPoints.TASK_COMPLETING_BEFORE_ENGINE, FaultPoints.TASK_COMPLETED_BEFORE_MARK})
    void aTaskCompletedJustBeforeTheApplicationDiesCompletesOnce(String point) throws Exception {
        // completions unconfirmed for 30 s are sent again: looked for every 2 s here instead of 30; and the engine may
        // have pushed the process's next job to the dying instance, which it hands out again after the job timeout
        String[] options = {NO_DEMO, "--claimdesk.tasks.completion-retry-interval=2s", SHORT_JOB_TIMEOUT};
        Process doomed = startArmed(point, options);
        String reference = claimWithItsTask();
        assertThatThrownBy(() -> acceptAsAmina(reference, List.of()))
                .as("the application halts while it completes the task, before it answers")
                .isInstanceOf(IllegalStateException.class);
        awaitHalt(doomed, "the application halts at its fault point");
        assertThat(count("SELECT COUNT(*) FROM user_task WHERE subject_reference = '" + reference
                        + "' AND state = 'COMPLETING'"))
                .as("the agent's completion is stored")
                .isEqualTo(1);

        startApplication(options);
        assertResolvedOnce(reference);
    }

    /**
     * The SMTP server out of reach (a TCP proxy between the application and the mail server, cut) while a claim's
     * acknowledgement is due: the health endpoint says the mail server is down, the mail waits in the outbox and is
     * tried again with back-off; once the server is back it is sent, once, and health is up again.
     */
    @Test
    void mailQueuedWhileTheSmtpServerIsOutOfReachIsSentOnceWhenItIsBack() throws Exception {
        try (var smtp = TcpProxy.to(Integer.parseInt(settings.get("SPRING_MAIL_PORT")))) {
            startApplication(
                    NO_DEMO,
                    "--spring.mail.port=" + smtp.port(),
                    // retries every second or two instead of from 10 s up to 10 min
                    "--claimdesk.mail.outbound.initial-backoff=1s",
                    "--claimdesk.mail.outbound.max-backoff=2s");
            var admin = BackOffice.signIn(port, "admin", "demo");
            assertThat(health(admin, "mail")).isEqualTo("UP");

            smtp.cut();
            String reference = newClaim();
            String outbox = "SELECT o.status, o.attempts, o.last_error FROM mail_outbox o JOIN mail_message m"
                    + " ON m.id = o.mail_message_id WHERE m.claim_reference = '" + reference
                    + "' AND m.kind = 'CLAIM_ACKNOWLEDGEMENT'";
            awaitRow(outbox + " AND o.attempts >= 2");
            assertThat(awaitRow(outbox))
                    .as("still waiting, with the reason")
                    .containsEntry("status", "PENDING")
                    .satisfies(row -> assertThat(row.get("last_error")).isNotBlank());
            assertThat(health(admin, "mail")).as("health shows the outage").isEqualTo("DOWN");
            awaitTask(reference); // the claim moves on meanwhile: its mail is queued, not lost

            smtp.restore();
            awaitRow(outbox + " AND o.status = 'SENT'");
            assertThat(count("SELECT COUNT(*) FROM mail_message WHERE claim_reference = '" + reference
                            + "' AND kind = 'CLAIM_ACKNOWLEDGEMENT'"))
                    .as("one mail")
                    .isEqualTo(1);
            assertDeliveredOnce(reference, "CLAIM_ACKNOWLEDGEMENT");
            assertThat(health(admin, "mail")).as("health is up again").isEqualTo("UP");
        }
    }

    /**
     * The helpdesk mailbox out of reach (the IMAP port behind a cut TCP proxy) when a seller replies: health says so and
     * the reply waits on the mail server; once the mailbox is back the reply is read, stored once and published.
     */
    @Test
    void aReplySentWhileTheMailboxIsOutOfReachIsReadOnceWhenItIsBack() throws Exception {
        try (var imap = TcpProxy.to(Integer.parseInt(settings.get("CLAIMDESK_MAIL_IMAP_PORT")))) {
            startApplication(
                    NO_DEMO, "--claimdesk.mail.imap.port=" + imap.port(), "--claimdesk.mail.inbound.poll-interval=1s");
            var admin = BackOffice.signIn(port, "admin", "demo");
            assertThat(health(admin, "imap")).isEqualTo("UP");
            String reference = newClaim();
            Map<String, String> acknowledgement = awaitRow(
                    "SELECT message_id, reply_to, to_address, subject FROM mail_message WHERE claim_reference = '"
                            + reference + "' AND direction = 'TO_SELLER' AND status = 'SENT'");

            imap.cut();
            String replyId = "outage-" + UUID.randomUUID() + "@seller.example";
            sendReply(acknowledgement, replyId); // the mail server takes it; only the mailbox is out of reach
            assertThat(health(admin, "imap")).as("health shows the outage").isEqualTo("DOWN");
            Thread.sleep(3000); // a few polls that cannot reach the mailbox
            String stored = "SELECT COUNT(*) FROM mail_message WHERE message_id = '" + replyId + "'";
            assertThat(count(stored)).as("not read while cut").isZero();

            imap.restore();
            awaitRow(stored.replace("COUNT(*)", "id") + " AND published_at IS NOT NULL");
            Thread.sleep(3000); // a few more polls: read once
            assertThat(count(stored)).as("stored once").isEqualTo(1);
            assertThat(health(admin, "imap")).as("health is up again").isEqualTo("UP");
        }
    }

    /**
     * The one known double (docs/reliability.md): the SMTP server took the acknowledgement and the application died
     * before its outbox row said so. After the restart the row is taken again once the dead instance's hold on it
     * runs out, and the mail is sent again with the same Message-ID: the seller's mailbox holds two copies of one
     * message (mail clients show one), the database one mail and one outbox row, sent.
     */
    @Test
    void aMailTheSmtpServerTookJustBeforeTheApplicationDiedIsSentAgainWithTheSameMessageId() throws Exception {
        String[] options = {NO_DEMO, SHORT_JOB_TIMEOUT, "--claimdesk.mail.outbound.claim-timeout=5s"};
        Process doomed = startArmed(FaultPoints.MAIL_HANDED_BEFORE_MARK, options);
        String reference = newClaim();
        awaitHalt(doomed, "the application halts once the SMTP server took the acknowledgement");
        String acknowledgement = "SELECT m.message_id, m.to_address, o.status FROM mail_outbox o JOIN mail_message m"
                + " ON m.id = o.mail_message_id WHERE m.claim_reference = '" + reference
                + "' AND m.kind = 'CLAIM_ACKNOWLEDGEMENT'";
        Map<String, String> mail = awaitRow(acknowledgement);
        assertThat(mail).as("handed over, not marked").containsEntry("status", "PENDING");
        assertThat(deliveredCopies(mail.get("to_address"), mail.get("message_id")))
                .as("the seller has it already")
                .isEqualTo(1);

        startApplication(options);
        awaitRow(acknowledgement + " AND o.status = 'SENT'");
        assertThat(count("SELECT COUNT(*) FROM mail_message WHERE claim_reference = '" + reference
                        + "' AND kind = 'CLAIM_ACKNOWLEDGEMENT'"))
                .as("one mail, one outbox row")
                .isEqualTo(1);
        assertThat(deliveredCopies(mail.get("to_address"), mail.get("message_id")))
                .as("sent again, as the same message")
                .isEqualTo(2);
        awaitTask(reference);
    }

    /**
     * The engine out of reach (its gateway behind a cut TCP proxy) when a seller submits a claim: the seller is answered
     * (the claim is stored), health says the engine is down, and once it is back the sweep starts the claim's one
     * process, which reaches its task.
     */
    @Test
    void aClaimSubmittedWhileTheEngineIsOutOfReachStartsOnceWhenItIsBack() throws Exception {
        try (var engine = TcpProxy.to(enginePort())) {
            startApplication(
                    NO_DEMO,
                    "--camunda.client.grpc-address=http://localhost:" + engine.port(),
                    "--claimdesk.claims.start-sweep-interval=2s",
                    "--claimdesk.claims.start-sweep-grace=2s");
            var admin = BackOffice.signIn(port, "admin", "demo");
            assertThat(health(admin, "engine")).isEqualTo("UP");

            engine.cut();
            String reference = newClaim(); // the seller's answer does not wait for the engine
            assertThat(health(admin, "engine")).as("health shows the outage").isEqualTo("DOWN");
            Thread.sleep(5000); // sweeps that cannot reach the engine
            String unstarted =
                    "SELECT COUNT(*) FROM claim WHERE reference = '" + reference + "' AND process_instance_key IS NULL";
            assertThat(count(unstarted)).as("stored, not started").isEqualTo(1);

            engine.restore();
            awaitTask(reference);
            assertThat(count(unstarted)).as("started").isZero();
            assertThat(count("SELECT COUNT(*) FROM user_task WHERE subject_reference = '" + reference + "'"))
                    .as("one process, one task")
                    .isEqualTo(1);
            assertDeliveredOnce(reference, "CLAIM_ACKNOWLEDGEMENT");
            assertThat(health(admin, "engine")).as("health is up again").isEqualTo("UP");
        }
    }

    /**
     * The database out of reach (behind a cut TCP proxy) for a while: the seller center is told to send again (503,
     * nothing stored), health is down, a seller's reply waits on the mail server, and a job that needs the database
     * fails more often than its retries and is offered again each time instead of becoming an incident (ADR 0203).
     * Back, everything resumes by itself: the job's claim reaches its task, the reply is stored once, the seller
     * center's retry with the same key stores the claim.
     */
    @Test
    void whileTheDatabaseIsOutOfReachNothingIsLostAndWorkResumesWhenItIsBack() throws Exception {
        String url = settings.get("SPRING_DATASOURCE_URL");
        int databasePort = URI.create(url.substring("jdbc:".length())).getPort();
        try (var database = TcpProxy.to(databasePort);
                var engine = TcpProxy.to(enginePort());
                var engineClient = CamundaClient.newClientBuilder()
                        .grpcAddress(URI.create(settings.get("CAMUNDA_CLIENT_GRPC_ADDRESS")))
                        .preferRestOverGrpc(false)
                        .build()) {
            startApplication(
                    NO_DEMO,
                    SHORT_JOB_TIMEOUT, // a job the engine pushed into a stream that broke with the cut comes back soon
                    "--spring.datasource.url=" + url.replace(":" + databasePort + "/", ":" + database.port() + "/"),
                    "--spring.datasource.hikari.connection-timeout=2000",
                    "--camunda.client.grpc-address=http://localhost:" + engine.port(),
                    "--claimdesk.jobs.outage-backoff=1s",
                    "--claimdesk.mail.inbound.poll-interval=1s");
            Map<String, String> acknowledgement = awaitRow(
                    "SELECT message_id, reply_to, to_address, subject FROM mail_message WHERE claim_reference = '"
                            + claimWithItsTask() + "' AND kind = 'CLAIM_ACKNOWLEDGEMENT' AND status = 'SENT'");
            var amina = BackOffice.signIn(port, "agent", "demo");
            var finding = findingRequest();
            // a claim stored while the engine is away: its process is started below, during the database's outage
            engine.cut();
            String reference = newClaim();
            Map<String, String> stored =
                    awaitRow("SELECT submitted_at FROM claim WHERE reference = '" + reference + "'");

            database.cut();
            String key = UUID.randomUUID().toString();
            var refused = submitClaim(key);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
            assertThat(refused.body()).contains("nothing was stored", "Idempotency-Key");
            var health = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode())
                    .as("health shows the outage: " + health.body())
                    .isEqualTo(503);
            var refusedFinding = http.send(finding, HttpResponse.BodyHandlers.ofString());
            assertThat(refusedFinding.statusCode()).as("every API says so").isEqualTo(503);
            assertThat(refusedFinding.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(JSON.readTree(refusedFinding.body()).path("detail").asText())
                    .contains("nothing was stored");
            var page = amina.get("/tasks");
            assertThat(page.statusCode())
                    .as("an agent's page says what happened")
                    .isEqualTo(503);
            assertThat(page.body()).contains("cannot reach its database", "Nothing of what this page was asked");
            String replyId = "db-outage-" + UUID.randomUUID() + "@seller.example";

            sendReply(acknowledgement, replyId);
            engine.restore();
            // what the sweep sends for an unstarted claim; the register step then needs the database
            String submittedAt = LocalDateTime.parse(stored.get("submitted_at").replace(' ', 'T'))
                    .toInstant(ZoneOffset.UTC)
                    .toString();
            engineClient
                    .newPublishMessageCommand()
                    .messageName(ClaimHandling.MSG_CLAIM_SUBMITTED)
                    .correlationKey(reference)
                    .messageId(reference)
                    .timeToLive(Duration.ZERO)
                    .variables(Map.of(
                            ClaimHandling.VAR_CLAIM_REFERENCE,
                            reference,
                            ClaimHandling.VAR_SUBMITTED_AT,
                            submittedAt,
                            ClaimHandling.VAR_RESPONSE_FROM,
                            submittedAt,
                            ClaimHandling.VAR_RESPONSE_WORKING_DAYS,
                            3,
                            ClaimHandling.VAR_REPLY_WORKING_DAYS,
                            3,
                            ClaimHandling.VAR_REMINDER_WORKING_DAYS_BEFORE,
                            1))
                    .send()
                    .join();
            // its BPMN gives the step 5 retries: 7 failures show that none was used up
            awaitInLog("(claims-register-claim) failed, the database out of reach", 7);

            database.restore();
            awaitTask(reference);
            assertThat(count("SELECT COUNT(*) FROM dashboard_incident WHERE claim_reference = '" + reference + "'"))
                    .as("no incident")
                    .isZero();
            assertThat(count("SELECT COUNT(*) FROM user_task WHERE subject_reference = '" + reference + "'"))
                    .as("one process, one task")
                    .isEqualTo(1);
            String reply = "SELECT COUNT(*) FROM mail_message WHERE message_id = '" + replyId + "'";
            awaitRow(reply.replace("COUNT(*)", "id") + " AND published_at IS NOT NULL");
            assertThat(count(reply)).as("the reply waited and was stored once").isEqualTo(1);
            var retried = submitClaim(key);
            assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
            awaitTask(JSON.readTree(retried.body()).path("reference").asText());
            assertThat(amina.get("/tasks").statusCode())
                    .as("the agent's session goes on")
                    .isEqualTo(200);
        }
    }

    /**
     * Two instances against the same servers: the jobs are split between them, each claim gets one process, one task
     * and one acknowledgement, a reply is read once while both poll the mailbox; one instance killed right after it
     * took claims, the other finishes them (after the job timeout and the outbox's hold).
     */
    @Test
    void twoInstancesShareTheWorkAndOneKilledLeavesTheOtherToFinish() throws Exception {
        String[] options = {
            NO_DEMO,
            SHORT_JOB_TIMEOUT,
            "--claimdesk.mail.inbound.poll-interval=1s",
            "--claimdesk.claims.start-sweep-interval=2s",
            "--claimdesk.claims.start-sweep-grace=5s",
            "--claimdesk.mail.outbound.claim-timeout=10s"
        };
        int first = port;
        Process killed = startApplication(options);
        int second = BuiltJar.freePort();
        port = second;
        startApplication(options);

        var shared = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            port = i % 2 == 0 ? first : second;
            shared.add(newClaim());
        }
        for (String reference : shared) {
            assertHandledOnce(reference);
        }
        assertThat(completedJobs(first)).as("jobs done by the first").isPositive();
        assertThat(completedJobs(second)).as("jobs done by the second").isPositive();

        Map<String, String> acknowledgement =
                awaitRow("SELECT message_id, reply_to, to_address, subject FROM mail_message WHERE claim_reference = '"
                        + shared.getFirst() + "' AND kind = 'CLAIM_ACKNOWLEDGEMENT'");
        String replyId = "two-" + UUID.randomUUID() + "@seller.example";
        sendReply(acknowledgement, replyId);
        String reply = "SELECT COUNT(*) FROM mail_message WHERE message_id = '" + replyId + "'";
        awaitRow(reply.replace("COUNT(*)", "id") + " AND published_at IS NOT NULL");
        Thread.sleep(3000); // more polls of both
        assertThat(count(reply)).as("read once by the two").isEqualTo(1);

        port = first;
        var orphaned = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            orphaned.add(newClaim());
        }
        killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL, in the middle of their first steps
        for (String reference : orphaned) {
            assertHandledOnce(reference);
        }
    }

    /**
     * The order service slower than the application's read timeout (a TCP proxy holds its answers back 2 s, the
     * timeout is 1 s) when an accepted claim's item is cancelled: the service cancels the item but its answer comes too
     * late, so the client asks again with back-off and the job fails and comes back. Once answers are in time again,
     * the next try finds the item cancelled: one cancellation, the claim resolved once, no incident. (A service that
     * stays down past every retry raises an incident: ClaimHandlingProcessTest, in-process.)
     */
    @Test
    void anOrderServiceSlowerThanItsTimeoutIsAskedAgainAndCancelsOnce() throws Exception {
        // the reference order service is served by the application itself, on its own port
        try (var orders = TcpProxy.to(port)) {
            startApplication(
                    NO_DEMO,
                    "--claimdesk.orders.base-url=http://localhost:" + orders.port() + "/reference/orders-api",
                    "--claimdesk.orders.read-timeout=1s");
            // the second item: the crash test cancels the first
            String reference = newClaim(1);
            awaitTask(reference);
            String cancellations = cancellationsOf(1);
            assertThat(count(cancellations)).isZero();

            orders.slow(Duration.ofSeconds(2));
            var done = acceptAsAmina(reference, List.of("cancel-order-item"));
            assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
            awaitRow(cancellations.replace("COUNT(*)", "id")); // done by the service, its answer still held back
            awaitInLog("as non-OOS failed", 2); // timed out, asked again after a pause, timed out again

            orders.slow(Duration.ZERO);
            assertResolvedOnce(reference);
            assertThat(count(cancellations)).as("cancelled once").isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM dashboard_incident WHERE claim_reference = '" + reference + "'"))
                    .as("no incident: the service answered in time before the retries ran out")
                    .isZero();
        }
    }

    /** One process (one task) and one acknowledgement, sent, for the claim. */
    private void assertHandledOnce(String reference) throws Exception {
        awaitTask(reference);
        awaitRow("SELECT id FROM mail_message WHERE claim_reference = '" + reference
                + "' AND kind = 'CLAIM_ACKNOWLEDGEMENT' AND status = 'SENT'");
        assertThat(count("SELECT COUNT(*) FROM user_task WHERE subject_reference = '" + reference + "'"))
                .as("one task of " + reference)
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM mail_message WHERE claim_reference = '" + reference
                        + "' AND kind = 'CLAIM_ACKNOWLEDGEMENT'"))
                .as("one acknowledgement of " + reference)
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM mail_outbox o JOIN mail_message m ON m.id = o.mail_message_id"
                        + " WHERE m.claim_reference = '" + reference + "' AND m.kind = 'CLAIM_ACKNOWLEDGEMENT'"))
                .as("one outbox row of " + reference)
                .isEqualTo(1);
        assertDeliveredOnce(reference, "CLAIM_ACKNOWLEDGEMENT");
    }

    /** Jobs the instance on this port completed, from its Prometheus metrics (as a manager scrapes them). */
    private long completedJobs(int instancePort) throws Exception {
        String scrape = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + instancePort + "/actuator/prometheus"))
                                .header(
                                        "Authorization",
                                        "Basic " + Base64.getEncoder().encodeToString("manager:demo".getBytes()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return Math.round(scrape.lines()
                .filter(line ->
                        line.startsWith("camunda_job_invocations_total{") && line.contains("action=\"completed\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum());
    }

    private static int enginePort() {
        return URI.create(settings.get("CAMUNDA_CLIENT_GRPC_ADDRESS")).getPort();
    }

    /** Waits until the application's log holds the text this many times. */
    private void awaitInLog(String text, int times) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (Files.readString(log).split(java.util.regex.Pattern.quote(text), -1).length - 1 < times) {
            assertThat(System.nanoTime())
                    .as("%d times in the log: %s\n%s", times, text, BuiltJar.tail(log))
                    .isLessThan(deadline);
            Thread.sleep(500); // the log of another process
        }
    }

    /** Copies of the message in the seller's mailbox on the local mail server (which makes a mailbox per address). */
    private static int deliveredCopies(String address, String messageId) throws Exception {
        var store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(
                settings.get("CLAIMDESK_MAIL_IMAP_HOST"),
                Integer.parseInt(settings.get("CLAIMDESK_MAIL_IMAP_PORT")),
                address,
                address);
        try {
            var inbox = store.getFolder("INBOX");
            inbox.open(jakarta.mail.Folder.READ_ONLY);
            int copies = 0;
            for (Message message : inbox.getMessages()) {
                String[] ids = message.getHeader("Message-ID");
                if (ids != null && ids[0].replaceAll("[<>]", "").equals(messageId.replaceAll("[<>]", ""))) {
                    copies++;
                }
            }
            inbox.close(false);
            return copies;
        } finally {
            store.close();
        }
    }

    /** A component of /actuator/health ("mail", "imap"), as an admin sees it. */
    private static String health(BackOffice admin, String component) throws IOException {
        var health = admin.get("/actuator/health");
        return JSON.readTree(health.body())
                .path("components")
                .path(component)
                .path("status")
                .asText();
    }

    /** A new claim of NG-240001, waiting in Amina's queue. */
    private String claimWithItsTask() throws Exception {
        String reference = newClaim();
        awaitTask(reference);
        return reference;
    }

    /** Amina (the demo's agent of seller support) claims the claim's task and accepts it with these actions. */
    private HttpResponse<String> acceptAsAmina(String reference, List<String> actions) throws Exception {
        String key = awaitRow("SELECT job_key FROM user_task WHERE subject_reference = '" + reference + "'")
                .get("job_key");
        var amina = BackOffice.signIn(port, "agent", "demo");
        assertThat(amina.post("/tasks/" + key + "/claim", amina.get("/tasks").body(), Map.of())
                        .statusCode())
                .isEqualTo(302);
        var form = new HashMap<String, List<String>>(Map.of(
                "outcome", List.of("accept"),
                "resolution", List.of("Your claim is accepted: the wrong order is dealt with."),
                "checkedEvidence", List.of("true")));
        if (!actions.isEmpty()) {
            form.put("actions", actions);
        }
        return amina.postAll(
                "/tasks/" + key + "/complete", amina.get("/tasks/" + key).body(), form);
    }

    /** The claim's one task is completed once and its process sent one resolution mail. */
    private void assertResolvedOnce(String reference) throws Exception {
        String resolutions =
                "SELECT COUNT(*) FROM mail_message WHERE claim_reference = '" + reference + "' AND kind = 'RESOLUTION'";
        awaitRow(resolutions.replace("COUNT(*)", "id"));
        awaitRow("SELECT job_key FROM user_task WHERE subject_reference = '" + reference + "' AND state = 'COMPLETED'");
        assertThat(count(resolutions)).as("one resolution mail").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM user_task WHERE subject_reference = '" + reference + "'"))
                .as("one task, completed")
                .isEqualTo(1);
        assertDeliveredOnce(reference, "RESOLUTION");
    }

    /** The claim's mail of this kind, once sent, is in the seller's mailbox once. */
    private void assertDeliveredOnce(String reference, String kind) throws Exception {
        Map<String, String> mail = awaitRow("SELECT message_id, to_address FROM mail_message WHERE claim_reference = '"
                + reference + "' AND kind = '" + kind + "' AND status = 'SENT'");
        assertThat(deliveredCopies(mail.get("to_address"), mail.get("message_id")))
                .as("%s of %s in the seller's mailbox", kind, reference)
                .isEqualTo(1);
    }

    private String newFinding() throws Exception {
        var response = http.send(findingRequest(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).path("reference").asText();
    }

    /** Brand protection's report of a counterfeit on the first item of NG-240001, with a penalty. */
    private HttpRequest findingRequest() throws Exception {
        var order = JSON.readTree(http.send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/reference/orders-api/orders/NG-240001"))
                                .header("Authorization", "Bearer demo-service-token")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("shop", order.path("shop").asText());
        body.put("country", order.path("country").asText());
        body.put("orderNumber", order.path("orderNumber").asText());
        body.put("sku", order.path("items").path(0).path("sku").asText());
        body.put("penaltyAmount", 1200.50);
        body.put("reason", "A test purchase showed a counterfeit brand label on this product.");
        body.put("evidence", "Report BR-77 of the brand owner, with photos of the test purchase.");
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/brand-protection/findings"))
                .header("Authorization", "Bearer demo-brand-protection-token")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
    }

    /** The application armed with a fault point has reached it: halted with exit code 137. */
    private static void awaitHalt(Process doomed, String why) throws InterruptedException {
        assertThat(doomed.waitFor(60, TimeUnit.SECONDS)).as(why).isTrue();
        assertThat(doomed.exitValue()).isEqualTo(137);
    }

    private static String[] concat(String[] some, String more) {
        var all = new ArrayList<>(List.of(some));
        all.add(more);
        return all.toArray(String[]::new);
    }

    private void sendReply(Map<String, String> answered, String messageId) throws Exception {
        var properties = new Properties();
        properties.put("mail.smtp.host", settings.get("SPRING_MAIL_HOST"));
        properties.put("mail.smtp.port", settings.get("SPRING_MAIL_PORT"));
        var session = Session.getInstance(properties);
        var reply = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + messageId + ">");
            }
        };
        reply.setFrom(new InternetAddress(answered.get("to_address")));
        reply.setRecipients(Message.RecipientType.TO, answered.get("reply_to"));
        reply.setSubject("Re: " + answered.get("subject"));
        String answeredId = answered.get("message_id");
        reply.setHeader("In-Reply-To", answeredId.startsWith("<") ? answeredId : "<" + answeredId + ">");
        reply.setText("Hello, the order was never shipped to the customer, so please cancel it as soon as you can."
                + " Thank you for your help with this claim.\n");
        Transport.send(reply);
    }

    private Map<String, String> awaitRow(String sql) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            try (var db = DriverManager.getConnection(
                            settings.get("SPRING_DATASOURCE_URL"),
                            settings.get("SPRING_DATASOURCE_USERNAME"),
                            settings.get("SPRING_DATASOURCE_PASSWORD"));
                    var rows = db.createStatement().executeQuery(sql)) {
                if (rows.next()) {
                    Map<String, String> row = new HashMap<>();
                    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                        row.put(rows.getMetaData().getColumnLabel(i), rows.getString(i));
                    }
                    return row;
                }
            }
            assertThat(System.nanoTime()).as(sql).isLessThan(deadline);
            Thread.sleep(500); // the row appears when the outbox has sent the mail
        }
    }

    /** The application with this fault point armed: it halts there (exit 137). */
    private Process startArmed(String point, String... options) throws Exception {
        return startApplication(concat(options, "--claimdesk.faults.crash-at=" + point));
    }

    private Process startApplication(String... arguments) throws Exception {
        var environment = new HashMap<>(settings);
        environment.put("PORT", Integer.toString(port));
        log = Files.createTempFile("claimdesk-app", ".log");
        var command = new ArrayList<>(List.of(
                BuiltJar.java(),
                "-Xmx1g",
                // these tests start the application about twenty times: the quick compiler alone starts it sooner
                "-XX:TieredStopAtLevel=1"));
        command.addAll(aotCacheOptions());
        command.addAll(List.of(
                "-jar",
                app.toString(),
                "--spring.profiles.active=demo",
                "--claimdesk.demo.history-claims=0",
                // on a busy 2-core machine the engine's first deployment may outlast the client's 10 s default
                "--camunda.client.request-timeout=60s"));
        command.addAll(List.of(arguments));
        Process app = start(command, environment, log);
        processes.add(app);
        boolean demoOff = List.of(arguments).contains(NO_DEMO);
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive())
                    .as("the application stopped; its log: %s", BuiltJar.tail(log))
                    .isTrue();
            try {
                int status = http.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                String text = Files.readString(log);
                // the demo's cases load after "ready": counts taken before they are in would move under the test
                if (status == 200
                        && text.contains("ClaimDesk is ready")
                        && (demoOff || text.contains("Demo cases loaded"))) {
                    return app;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000); // polling a separate process: there is no event to wait for
        }
        throw new AssertionError("the application did not start within " + LIMIT + ": " + BuiltJar.tail(log));
    }

    /** A claim to cancel the first item of NG-240001. */
    private String newClaim() throws Exception {
        return newClaim(0);
    }

    /** A claim to cancel this item (0, 1) of NG-240001. */
    private String newClaim(int item) throws Exception {
        var response = submitClaim(UUID.randomUUID().toString(), item);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).path("reference").asText();
    }

    private HttpResponse<String> submitClaim(String idempotencyKey) throws Exception {
        return submitClaim(idempotencyKey, 0);
    }

    private HttpResponse<String> submitClaim(String idempotencyKey, int item) throws Exception {
        String body = JSON.writeValueAsString(ClaimFixtures.cancelWrongOrderRequest(sku(item)));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/claims"))
                        .header("Authorization", "Bearer demo-seller-center-token")
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", idempotencyKey)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The SKU of an item of NG-240001, from the reference order service. */
    private String sku(int item) throws Exception {
        return JSON.readTree(http.send(
                                HttpRequest.newBuilder(URI.create(
                                                "http://localhost:" + port + "/reference/orders-api/orders/NG-240001"))
                                        .header("Authorization", "Bearer demo-service-token")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .path("items")
                .path(item)
                .path("sku")
                .asText();
    }

    /** Cancellations of an item of NG-240001 in the reference order service. */
    private String cancellationsOf(int item) throws Exception {
        return "SELECT COUNT(*) FROM ref_order_item_status WHERE order_number = 'NG-240001' AND sku = '" + sku(item)
                + "' AND status = 'CANCELED'";
    }

    private void awaitTask(String reference) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (count("SELECT COUNT(*) FROM user_task WHERE subject_reference = '" + reference + "'") == 0) {
            assertThat(System.nanoTime()).as("the task of " + reference).isLessThan(deadline);
            Thread.sleep(500); // the task appears when the engine's job reaches the worker
        }
    }

    private long count(String sql) throws Exception {
        try (var db = DriverManager.getConnection(
                        settings.get("SPRING_DATASOURCE_URL"),
                        settings.get("SPRING_DATASOURCE_USERNAME"),
                        settings.get("SPRING_DATASOURCE_PASSWORD"));
                var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, String> awaitSettings(Path envFile, Path log) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!Files.exists(envFile)) {
            assertThat(SERVERS.getFirst().isAlive())
                    .as("the local servers stopped: %s", BuiltJar.tail(log))
                    .isTrue();
            assertThat(System.nanoTime())
                    .as("local servers ready: %s", BuiltJar.tail(log))
                    .isLessThan(deadline);
            Thread.sleep(500);
        }
        return EnvFile.read(envFile);
    }

    private static Process start(List<String> command, Map<String, String> environment, Path log) throws IOException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().putAll(environment);
        return builder.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : processes.reversed()) {
            BuiltJar.stop(process);
        }
        processes.clear();
    }
}
