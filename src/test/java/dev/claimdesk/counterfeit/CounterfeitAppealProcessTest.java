package dev.claimdesk.counterfeit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.counterfeit.CounterfeitFixtures.Item;
import dev.claimdesk.counterfeit.internal.CounterfeitSettings;
import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.intake.IntakeRejected;
import dev.claimdesk.mail.SellerMailbox;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import dev.claimdesk.tasks.TaskSubject;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * bpmn/CounterfeitAppeal.bpmn on the real engine with every worker, the reference order and bill services, the
 * database and the mail server: each path, the seller's mails and the finding's audit trail. Time moves with the
 * engine's clock; nothing sleeps.
 */
@ClaimDeskTest
class CounterfeitAppealProcessTest {

    static final Worker REVIEWER = new Worker("bea", Set.of(CounterfeitAppeal.TEAM), false);

    @Autowired
    Findings findings;

    @Autowired
    Tasks tasks;

    @Autowired
    Orders orders;

    @Autowired
    ClaimIntake intake;

    @Autowired
    ProcessTestHarness harness;

    @Autowired
    AppClock clock;

    @Autowired
    PlatformProperties platform;

    @Autowired
    CounterfeitSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    CounterfeitFixtures fixtures;
    SellerMailbox seller;

    @BeforeEach
    void setUp() {
        fixtures = new CounterfeitFixtures(orders, findings, intake);
        seller = new SellerMailbox(platform.mail().helpdeskAddress());
    }

    // --- helpers

    Finding current(Finding finding) {
        return findings.find(finding.reference()).orElseThrow();
    }

    List<MimeMessage> mailsOf(Finding finding) {
        return seller.received(finding.sellerEmail()).stream()
                .filter(m -> subject(m).contains("[" + finding.reference() + "]"))
                .toList();
    }

    List<MimeMessage> awaitMails(Finding finding, int count) {
        return await().atMost(ProcessTestHarness.TIMEOUT).until(() -> mailsOf(finding), l -> l.size() >= count);
    }

    List<String> audit(Finding finding) {
        return findings.history(finding.reference()).stream()
                .map(FindingEvent::event)
                .toList();
    }

    TaskView awaitReview(Finding finding) {
        return await().atMost(ProcessTestHarness.TIMEOUT)
                .until(
                        () -> tasks.openTaskOf(
                                new TaskSubject(CounterfeitAppeal.TASK_SUBJECT_TYPE, finding.reference())),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    void review(Finding finding, Map<String, List<String>> form) {
        TaskView task = awaitReview(finding);
        tasks.claim(task.key(), REVIEWER);
        tasks.complete(task.key(), form, REVIEWER);
    }

    static Map<String, List<String>> decide(String outcome, String reason) {
        return Map.of(
                "brandAuthorizationValid", List.of("true"),
                "authenticityStatementValid", List.of("true"),
                "documentsInEnglish", List.of("true"),
                "reviewOutcome", List.of(outcome),
                "decisionReason", List.of(reason));
    }

    static Map<String, List<String>> askFor(String missing) {
        return Map.of("reviewOutcome", List.of("request-documents"), "missingDocuments", List.of(missing));
    }

    Instant instantVariable(long instance, String name) {
        return OffsetDateTime.parse(
                        harness.variable(instance, name).orElseThrow().replace("\"", ""))
                .toInstant();
    }

    void advancePast(Instant instant) {
        Duration gap = Duration.between(clock.instant(), instant).plusMinutes(1);
        if (!gap.isNegative()) {
            harness.advance(gap);
        }
    }

    /** Recorded, notified, and waiting for the appeal. */
    record Notified(Item item, Finding finding, long instance, MimeMessage notice) {}

    Notified notified() {
        Item item = fixtures.nextItem();
        Finding finding = fixtures.record(item);
        long instance = fixtures.instanceOf(finding);
        // the first instance of a run also waits for the workers' first jobs: more time, and fail on an incident
        await().atMost(Duration.ofSeconds(90))
                .until(() -> harness.isActive(instance, "Gateway_AwaitAppeal")
                        || !harness.incidents(instance).isEmpty());
        assertThat(harness.incidents(instance)).isEmpty();
        return new Notified(item, finding, instance, awaitMails(finding, 1).getFirst());
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage m) {
        return SellerMailbox.body(m, "text/plain");
    }

    // --- the paths

    @Test
    void withoutAnAppealThePenaltyIsPostedAndTheSkuDelisted() {
        var n = notified();
        Instant due = instantVariable(n.instance(), "appealDueAt");
        assertThat(due).isEqualTo(current(n.finding()).appealDueAt());
        // the reminder the process will send is stored with the finding when computed, and shown from there
        assertThat(current(n.finding()).reminderAt())
                .isEqualTo(instantVariable(n.instance(), "appealReminderAt"))
                .isBefore(due);
        assertThat(subject(n.notice()))
                .isEqualTo("[" + n.finding().reference() + "] Counterfeit finding: penalty notice and how to appeal");
        assertThat(text(n.notice()))
                .contains("Order: " + n.item().orderNumber())
                .contains("SKU: " + n.item().sku())
                .contains("Penalty: 2500.00 " + n.finding().currency())
                .contains("brand authorization")
                .contains("authenticity statement")
                .contains("You may appeal until "
                        + java.time.format.DateTimeFormatter.ofPattern(
                                        "EEEE d MMMM yyyy, 23:59", java.util.Locale.ENGLISH)
                                .format(due.atZone(platform.timeZone())))
                .contains("or reply to this email with both documents attached")
                .contains("The penalty will be posted to your account and the SKU delisted unless you appeal in time.");
        assertThat(current(n.finding()).status()).isEqualTo(FindingStatus.NOTIFIED);
        assertThat(current(n.finding()).penaltyPostingId())
                .as("no penalty before the window closes")
                .isNull();

        advancePast(instantVariable(n.instance(), "appealReminderAt"));
        harness.awaitCompleted(n.instance(), "Task_SendAppealReminder");
        assertThat(text(awaitMails(n.finding(), 2).get(1))).contains("We have not received an appeal from you.");

        advancePast(due);
        harness.awaitCompleted(n.instance(), "EndEvent_FindingDecided");
        Finding done = current(n.finding());
        assertThat(done.status()).isEqualTo(FindingStatus.PENALISED);
        assertThat(done.decision()).isEqualTo(Decision.NO_APPEAL);
        assertThat(done.penaltyPostingId()).isNotNull();
        assertThat(done.delistedAt()).isNotNull();
        assertThat(orders.delisting(n.item().shop().code(), n.item().sku())).isPresent();
        assertThat(text(awaitMails(n.finding(), 3).get(2)))
                .contains("We received no appeal by the deadline.")
                .contains("The penalty of 2500.00 " + done.currency() + " has been posted");
        assertThat(audit(n.finding()))
                .containsExactly(
                        "recorded",
                        "notice sent",
                        "appeal reminder sent",
                        "decided",
                        "penalty posted",
                        "SKU delisted",
                        "decision sent");
    }

    @Test
    void anUpheldAppealPostsThePenaltyAndDelists() {
        var n = notified();
        String claim = fixtures.appealByClaim(n.item());

        TaskView task = awaitReview(n.finding());
        assertThat(task.candidateGroups()).containsExactly(CounterfeitAppeal.TEAM);
        assertThat(task.formId()).isEqualTo("review-counterfeit-appeal");
        Finding inReview = current(n.finding());
        assertThat(inReview.status()).isEqualTo(FindingStatus.IN_REVIEW);
        assertThat(inReview.appealChannel()).isEqualTo("claim");
        assertThat(inReview.appealClaimReference()).isEqualTo(claim);

        review(n.finding(), decide("uphold", "The brand authorization names another seller."));
        harness.awaitCompleted(n.instance(), "EndEvent_FindingDecided");
        Finding done = current(n.finding());
        assertThat(done.decision()).isEqualTo(Decision.UPHELD);
        assertThat(done.status()).isEqualTo(FindingStatus.PENALISED);
        assertThat(done.penaltyPostingId()).isNotNull();
        assertThat(done.delistedAt()).isNotNull();
        assertThat(text(awaitMails(n.finding(), 2).get(1)))
                .contains("the finding stands")
                .contains("Reason: The brand authorization names another seller.");
        assertThat(audit(n.finding()))
                .containsExactly(
                        "recorded",
                        "notice sent",
                        "appealed by claim",
                        "appeal received",
                        "decided",
                        "penalty posted",
                        "SKU delisted",
                        "decision sent");
    }

    @Test
    void anOverturnedAppealNeverPostsThePenalty() {
        var n = notified();
        fixtures.appealByClaim(n.item());
        review(n.finding(), decide("overturn", "Both documents are valid and from the brand owner."));

        harness.awaitCompleted(n.instance(), "EndEvent_FindingDecided");
        Finding done = current(n.finding());
        assertThat(done.decision()).isEqualTo(Decision.OVERTURNED);
        assertThat(done.status()).isEqualTo(FindingStatus.OVERTURNED);
        assertThat(done.penaltyPostingId()).isNull();
        assertThat(done.reversalPostingId()).isNull();
        assertThat(done.delistedAt()).isNull();
        assertThat(orders.delisting(n.item().shop().code(), n.item().sku())).isEmpty();
        assertThat(text(awaitMails(n.finding(), 2).get(1)))
                .contains("accepted it: the finding is withdrawn")
                .contains("No penalty is posted.");
        assertThat(audit(n.finding())).contains("no penalty to reverse").doesNotContain("penalty reversed");
    }

    @Test
    void withThePenaltyPostedAtTheNoticeAnEmailedAppealOverturnedReversesIt() throws Exception {
        settings.setPenaltyAtNotice(true);
        Notified n;
        try {
            n = notified();
        } finally {
            settings.setPenaltyAtNotice(false);
        }
        Finding posted = current(n.finding());
        assertThat(posted.penaltyPostingId()).as("posted with the notice").isNotNull();
        assertThat(text(n.notice())).contains("The penalty has been posted to your account.");

        seller.deliver(CounterfeitFixtures.replyWithFiles(
                seller,
                n.notice(),
                n.finding().sellerEmail(),
                "We appeal: please find attached the brand authorization and the authenticity statement.",
                "brand-authorization.png",
                "authenticity-statement.png"));

        awaitReview(n.finding());
        Finding appealed = current(n.finding());
        assertThat(appealed.appealChannel()).isEqualTo("email");
        assertThat(findings.history(n.finding().reference()))
                .anySatisfy(e -> assertThat(e.details()).contains("2 attachment(s): brand-authorization.png"));

        review(n.finding(), decide("overturn", "The authorization from the brand owner is genuine."));
        harness.awaitCompleted(n.instance(), "EndEvent_FindingDecided");
        Finding done = current(n.finding());
        assertThat(done.reversalPostingId()).isNotNull();
        assertThat(done.penaltyPostingId()).isEqualTo(posted.penaltyPostingId());
        assertThat(text(awaitMails(n.finding(), 2).get(1))).contains("has been reversed (credited back");
        assertThat(audit(n.finding()))
                .containsExactly(
                        "recorded",
                        "penalty posted",
                        "notice sent",
                        "appeal received",
                        "decided",
                        "penalty reversed",
                        "decision sent");
    }

    @Test
    void aMissingDocumentSentInTimeGoesBackToReview() throws Exception {
        var n = notified();
        fixtures.appealByClaim(n.item());
        review(n.finding(), askFor("The authenticity statement is unreadable: please send a clear scan."));

        harness.awaitActive(n.instance(), "Gateway_AwaitDocuments");
        MimeMessage request = awaitMails(n.finding(), 2).get(1);
        assertThat(subject(request)).endsWith("We need a document for your appeal");
        assertThat(text(request)).contains("The authenticity statement is unreadable");
        assertThat(current(n.finding()).status()).isEqualTo(FindingStatus.WAITING_FOR_DOCUMENTS);
        assertThat(current(n.finding()).documentsDueAt()).isEqualTo(instantVariable(n.instance(), "documentsDueAt"));
        assertThat(current(n.finding()).reminderAt()).isEqualTo(instantVariable(n.instance(), "documentsReminderAt"));

        seller.deliver(CounterfeitFixtures.replyWithFiles(
                seller,
                request,
                n.finding().sellerEmail(),
                "Please find attached a clear scan of the authenticity statement for this product.",
                "statement.png"));
        harness.awaitCompleted(n.instance(), "Task_RecordDocuments");
        review(n.finding(), decide("overturn", "The clear scan confirms the product is genuine."));

        harness.awaitCompleted(n.instance(), "EndEvent_FindingDecided");
        assertThat(current(n.finding()).decision()).isEqualTo(Decision.OVERTURNED);
        assertThat(audit(n.finding()))
                .containsSubsequence(
                        "appeal received", "documents requested", "documents received", "decided", "decision sent");
    }

    @Test
    void aMissingDocumentNotSentInTimeUpholdsTheFinding() {
        var n = notified();
        fixtures.appealByClaim(n.item());
        review(n.finding(), askFor("The brand authorization is missing: please send it."));

        harness.awaitActive(n.instance(), "Gateway_AwaitDocuments");
        advancePast(instantVariable(n.instance(), "documentsReminderAt"));
        harness.awaitCompleted(n.instance(), "Task_SendDocumentsReminder");
        assertThat(text(awaitMails(n.finding(), 3).get(2))).contains("still waiting for the document");

        advancePast(instantVariable(n.instance(), "documentsDueAt"));
        harness.awaitCompleted(n.instance(), "EndEvent_FindingDecided");
        Finding done = current(n.finding());
        assertThat(done.decision()).isEqualTo(Decision.DOCUMENTS_LAPSED);
        assertThat(done.penaltyPostingId()).isNotNull();
        assertThat(done.delistedAt()).isNotNull();
        assertThat(text(awaitMails(n.finding(), 4).get(3))).contains("did not receive the document we asked for");
    }

    @Test
    void anAppealOneMinuteAfterTheWindowClosedIsRefused() {
        var n = notified();
        Instant due = instantVariable(n.instance(), "appealDueAt");
        advancePast(due); // one minute after the deadline

        assertThatThrownBy(() -> fixtures.appealByClaim(n.item())).isInstanceOfSatisfying(IntakeRejected.class, e -> {
            assertThat(e.reason()).isEqualTo(IntakeRejected.Reason.CONFLICT);
            assertThat(e.getMessage())
                    .contains("The appeal window of counterfeit finding "
                            + n.finding().reference())
                    .contains("an appeal can no longer be accepted");
        });
        harness.awaitCompleted(n.instance(), "EndEvent_FindingDecided");
        assertThat(current(n.finding()).decision()).isEqualTo(Decision.NO_APPEAL);
        assertThat(current(n.finding()).appealClaimReference()).isNull();
    }

    @Test
    void aCounterfeitClaimWithoutAFindingIsAnOrdinaryClaim() {
        Item item = fixtures.nextItem();
        assertThat(findings.appealWindow(item.shop().code(), item.orderNumber(), item.sku()))
                .isInstanceOf(AppealWindow.NoFinding.class);
        String claim = fixtures.appealByClaim(item);
        assertThat(claim).startsWith("CLM-");
        assertThat(findings.latestFor(item.shop().code(), item.orderNumber(), item.sku()))
                .isEmpty();
    }

    @Test
    void aWindowOverNationalDayEndsAfterTheHoliday() {
        // a finding taken over from another system, recorded on Tuesday 29 September 2026: started by the sweep
        Item item = fixtures.nextItem();
        String reference = "CFN-2026-" + (900000 + (int) (Math.random() * 90000));
        jdbc.update(
                "INSERT INTO counterfeit_finding (reference, shop, shop_name, seller_email, country, order_number, sku,"
                        + " penalty_amount, currency, reason, evidence, status, recorded_by, recorded_at, channel)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 100.00, ?, 'A counterfeit label was found on the product.',"
                        + " 'Test purchase', 'RECORDED', 'bea', '2026-09-29 02:00:00', 'migration')",
                reference,
                item.shop().code(),
                item.shop().name(),
                item.shop().email(),
                item.country(),
                item.orderNumber(),
                item.sku(),
                item.shop().currency());
        Finding finding = findings.find(reference).orElseThrow();
        long instance = await().atMost(Duration.ofSeconds(60))
                .until(() -> current(finding).processInstanceKey(), k -> k != null);

        harness.awaitCompleted(instance, "Task_SendNotice");
        // Wednesday 30 September is the first working day, 1-7 October are holidays, Thursday 8 October the second
        assertThat(harness.variable(instance, "appealDueAt")).hasValue("\"2026-10-08T23:59:59.999+08:00\"");
        assertThat(text(awaitMails(finding, 1).getFirst()))
                .contains("You may appeal until Thursday 8 October 2026, 23:59");
    }
}
