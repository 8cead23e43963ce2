package dev.claimdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import dev.claimdesk.mail.SellerMailbox;
import dev.claimdesk.mail.internal.QuarantineReason;
import dev.claimdesk.mail.internal.QuarantineStore;
import dev.claimdesk.orders.OrderItem;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.platform.internal.EmbeddedMailServer;
import dev.claimdesk.referenceservices.ReferenceOutage;
import dev.claimdesk.referenceservices.ReferenceServices;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import dev.claimdesk.tasks.TaskProblem;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import io.camunda.client.CamundaClient;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * bpmn/ClaimHandling.bpmn on the real engine with every worker, the reference order and bill services, the database
 * and the mail server: each path, its emails (wording and threading) and its audit trail. Time moves with the engine's
 * clock; nothing sleeps.
 */
@ClaimDeskTest
class ClaimHandlingProcessTest {

    static final Worker AGENT = new Worker("amina", Set.of("seller-support", "billing"), false);

    @Autowired
    Claims claims;

    @Autowired
    Tasks tasks;

    @Autowired
    Orders orders;

    @Autowired
    ProcessTestHarness harness;

    @Autowired
    CamundaClient client;

    @Autowired
    AppClock clock;

    @Autowired
    ReferenceOutage outage;

    @Autowired
    PlatformProperties settings;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry metrics;

    double counted(String name, String tag, String value) {
        return metrics.find(name).tag(tag, value).counters().stream()
                .mapToDouble(io.micrometer.core.instrument.Counter::count)
                .sum();
    }

    @Autowired
    QuarantineStore quarantine;

    SellerMailbox seller;
    GreenMail greenMail;

    @BeforeEach
    void mail() {
        seller = new SellerMailbox(settings.mail().helpdeskAddress());
        greenMail = EmbeddedMailServer.greenMail();
    }

    // --- fixtures

    /** The audit trail up to the agent's first decision, and one round of asking the seller and being answered. */
    static final List<String> FIRST_DECISION =
            List.of("submitted", "registered", "validated", "routed", "acknowledged", "assigned", "decided");

    static final List<String> INFO_ROUND =
            List.of("info requested", "info request sent", "seller replied", "assigned", "decided");

    @SafeVarargs
    static List<String> trail(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    record Claim(String reference, String sellerEmail, String sku) {}

    Claim cancelWrongOrder(String orderNumber, Instant submittedAt) {
        String sku = orderNumber.equals(ReferenceServices.DEMO_ORDER_TO_CANCEL)
                ? orders.order(orderNumber).items().get(1).sku()
                : "SKU-UNKNOWN";
        return cancelWrongOrder(orderNumber, submittedAt, sku);
    }

    Claim cancelWrongOrder(String orderNumber, Instant submittedAt, String sku) {
        String email = SellerMailbox.newSellerAddress();
        var fields = new LinkedHashMap<ClaimField, String>();
        fields.put(ClaimField.ORDER_NUMBER, orderNumber);
        fields.put(ClaimField.SKU, sku);
        fields.put(ClaimField.CANCEL_REASON, "sku-deleted-still-orders");
        fields.put(ClaimField.COMMENT, "We deleted this SKU, but orders for it still arrive.");
        String reference = claims.submit(
                new ClaimSubmission(
                        ClaimCategory.CANCEL_WRONG_ORDER,
                        "shenzhen-gadgets",
                        "Shenzhen Gadgets",
                        email,
                        "NG",
                        fields,
                        List.of(),
                        "test",
                        submittedAt),
                "seller");
        return new Claim(reference, email, sku);
    }

    Claim cancelWrongOrder() {
        return cancelWrongOrder(ReferenceServices.DEMO_ORDER_TO_CANCEL, null);
    }

    long instanceOf(Claim claim) {
        return await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> claims.find(claim.reference()).orElseThrow().processInstanceKey(), k -> k != null);
    }

    TaskView awaitTask(Claim claim) {
        return await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> tasks.openTaskOf(claim.reference()), java.util.Optional::isPresent)
                .orElseThrow();
    }

    /** The agent claims the claim's task and submits the decision form. */
    TaskView decide(Claim claim, Map<String, List<String>> form) {
        TaskView task = awaitTask(claim);
        tasks.claim(task.key(), AGENT);
        var data = new LinkedHashMap<>(form);
        data.put("checkedEvidence", List.of("true"));
        return tasks.complete(task.key(), data, AGENT);
    }

    /** The agent asks the seller; the claim's process then waits for the reply. */
    long askAndAwaitReply(Claim claim, String question) {
        long instance = instanceOf(claim);
        decide(claim, askSeller(question));
        harness.awaitActive(instance, "Gateway_AwaitSellerReply");
        return instance;
    }

    static Map<String, List<String>> askSeller(String question) {
        return Map.of("outcome", List.of("request-information"), "question", List.of(question));
    }

    static Map<String, List<String>> accept(String resolution, String amount, String... actions) {
        var form = new LinkedHashMap<String, List<String>>();
        form.put("outcome", List.of("accept"));
        form.put("resolution", List.of(resolution));
        form.put("actions", Arrays.asList(actions));
        if (amount != null) {
            form.put("adjustmentAmount", List.of(amount));
        }
        return form;
    }

    List<MimeMessage> mailsOf(Claim claim) {
        return seller.received(claim.sellerEmail()).stream()
                .filter(m -> subject(m).contains("[" + claim.reference() + "]"))
                .toList();
    }

    List<MimeMessage> awaitMails(Claim claim, int count) {
        return await().atMost(ProcessTestHarness.TIMEOUT).until(() -> mailsOf(claim), list -> list.size() >= count);
    }

    void reply(Claim claim, MimeMessage question, String text) {
        seller.deliver(seller.reply(question, claim.sellerEmail(), text));
    }

    List<String> audit(Claim claim) {
        return claims.history(claim.reference()).stream().map(AuditEntry::event).toList();
    }

    void awaitStatus(Claim claim, ClaimStatus status) {
        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> claims.find(claim.reference()).orElseThrow().status() == status);
    }

    Instant instantVariable(long instance, String name) {
        String json = harness.variable(instance, name).orElseThrow();
        return OffsetDateTime.parse(json.replace("\"", "")).toInstant();
    }

    /** Moves engine and application time to just after the instant. */
    void advancePast(Instant instant) {
        Duration gap = Duration.between(clock.instant(), instant).plusMinutes(1);
        if (!gap.isNegative()) {
            harness.advance(gap);
        }
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name, " ");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage m) {
        return SellerMailbox.body(m, "text/plain");
    }

    /** Each mail answers an earlier one of the thread: the platform's last mail, or the seller's reply to it. */
    static void assertThreaded(List<MimeMessage> mails) {
        String first = header(mails.get(0), "Message-ID");
        assertThat(header(mails.get(0), "In-Reply-To")).isNull();
        for (int i = 1; i < mails.size(); i++) {
            String inReplyTo = header(mails.get(i), "In-Reply-To");
            assertThat(inReplyTo).as("mail %d is threaded", i + 1).isNotBlank();
            assertThat(header(mails.get(i), "References")).contains(first).contains(inReplyTo);
            if (!header(mails.get(i - 1), "Message-ID").equals(inReplyTo)) {
                assertThat(inReplyTo)
                        .as("mail %d answers the seller's reply", i + 1)
                        .endsWith("@shop.example>");
            }
        }
    }

    // --- the paths

    @Test
    void acceptedClaimCancelsTheItemPostsTheCreditAndTellsTheSeller() {
        double acceptedBefore = counted("claimdesk.claims.closed", "outcome", "ACCEPTED");
        Claim claim = cancelWrongOrder();
        long instance = instanceOf(claim);
        TaskView task = awaitTask(claim);
        assertThat(task.candidateGroups()).containsExactly("seller-support");
        // the facts the task list filters on are on the task: from the register step, the status from the claim
        assertThat(task.facts().category()).isEqualTo("CANCEL_WRONG_ORDER");
        assertThat(task.facts().orderNumber()).isEqualTo(ReferenceServices.DEMO_ORDER_TO_CANCEL);
        assertThat(task.facts().status()).isEqualTo("IN_PROGRESS");
        assertThat(task.facts().shop()).isNotNull();
        assertThat(task.reopened()).as("a claim's first task did not come back").isNull();

        decide(claim, accept("Sorry for the trouble with the sync.", "25.00", "cancel-order-item", "post-adjustment"));

        harness.awaitCompleted(instance, "EndEvent_ClaimAccepted");
        assertThat(claims.find(claim.reference()).orElseThrow().status()).isEqualTo(ClaimStatus.ACCEPTED);
        assertThat(counted("claimdesk.claims.closed", "outcome", "ACCEPTED")).isEqualTo(acceptedBefore + 1);
        assertThat(metrics.find("claimdesk.claims.open")
                        .tag("status", "IN_PROGRESS")
                        .gauge()
                        .value())
                .isGreaterThanOrEqualTo(0);
        OrderItem item = orders.order(ReferenceServices.DEMO_ORDER_TO_CANCEL)
                .item(claim.sku())
                .orElseThrow();
        assertThat(item.cancellation().kind()).isEqualTo(OrderItem.CancellationKind.NON_OOS);
        assertThat(harness.variable(instance, "posting"))
                .hasValueSatisfying(p -> assertThat(p).contains("25"));

        var mails = awaitMails(claim, 2);
        assertThat(subject(mails.get(0))).isEqualTo("[" + claim.reference() + "] We have received your claim");
        assertThat(subject(mails.get(1))).isEqualTo("[" + claim.reference() + "] Decision on your claim");
        assertThat(text(mails.get(1)))
                .contains("We have accepted your claim.")
                .contains("was cancelled without any impact on your seller score")
                .contains("We credited 25.00 USD")
                .contains("Sorry for the trouble with the sync.");
        assertThreaded(mails);
        assertThat(audit(claim))
                .containsExactlyElementsOf(trail(FIRST_DECISION, List.of("accepted", "resolution sent")));
    }

    @Test
    void rejectedClaimTellsTheSellerWhy() {
        Claim claim = cancelWrongOrder();
        long instance = instanceOf(claim);
        decide(
                claim,
                Map.of(
                        "outcome",
                        List.of("reject"),
                        "rejectionReason",
                        List.of("insufficient-evidence"),
                        "resolution",
                        List.of("The screenshots show the SKU was still active.")));

        harness.awaitCompleted(instance, "EndEvent_ClaimRejected");
        assertThat(claims.find(claim.reference()).orElseThrow().status()).isEqualTo(ClaimStatus.REJECTED);
        var mails = awaitMails(claim, 2);
        assertThat(text(mails.get(1)))
                .contains("We could not accept your claim. Reason: Evidence does not support the claim.")
                .contains("The screenshots show the SKU was still active.");
        assertThreaded(mails);
        assertThat(audit(claim))
                .containsExactlyElementsOf(trail(FIRST_DECISION, List.of("rejected", "resolution sent")));
    }

    @Test
    void askingTheSellerAndGettingAReplyBringsTheClaimBackWithAFreshClock() {
        Claim claim = cancelWrongOrder();
        long instance = instanceOf(claim);
        decide(claim, askSeller("Please send a screenshot of the deleted SKU in the seller center."));

        awaitStatus(claim, ClaimStatus.WAITING_FOR_SELLER);
        harness.awaitActive(instance, "Gateway_AwaitSellerReply");
        var mails = awaitMails(claim, 2);
        assertThat(subject(mails.get(1))).endsWith("We need more information about your claim");
        assertThat(text(mails.get(1))).contains("Please send a screenshot of the deleted SKU in the seller center.");
        Instant replyDue = instantVariable(instance, "replyDueAt");
        assertThat(replyDue).isAfter(clock.instant().plus(Duration.ofDays(2)));

        reply(claim, mails.get(1), "Here is the screenshot: the SKU shows as deleted since 3 March.");
        harness.awaitCompleted(instance, "Task_RecordSellerReply");
        TaskView again = awaitTask(claim);
        Instant responseDue = instantVariable(instance, "responseDueAt");
        assertThat(again.dueAt()).isEqualTo(responseDue);
        assertThat(harness.variable(instance, "responseFrom").orElseThrow())
                .isEqualTo(harness.variable(instance, "sellerRepliedAt").orElseThrow());
        // the task says it came back because the seller replied, and since when (the lists mark it)
        assertThat(again.reopened().reason()).isEqualTo(dev.claimdesk.tasks.Reopened.SELLER_REPLY);
        assertThat(again.reopened().at()).isEqualTo(instantVariable(instance, "sellerRepliedAt"));

        decide(claim, accept("Thank you for the screenshot.", null, "cancel-order-item"));
        harness.awaitCompleted(instance, "EndEvent_ClaimAccepted");
        var all = awaitMails(claim, 3);
        assertThreaded(all);
        assertThat(audit(claim))
                .containsExactlyElementsOf(trail(FIRST_DECISION, INFO_ROUND, List.of("accepted", "resolution sent")));
    }

    @Test
    void silenceBringsAReminderAndThenClosesTheClaimUnprocessed() {
        Claim claim = cancelWrongOrder();
        long instance = askAndAwaitReply(claim, "Which SKU was deleted, and when?");
        Instant reminderAt = instantVariable(instance, "reminderAt");
        Instant replyDueAt = instantVariable(instance, "replyDueAt");
        assertThat(reminderAt).isBefore(replyDueAt);

        advancePast(reminderAt);
        harness.awaitCompleted(instance, "Task_SendReminder");
        var mails = awaitMails(claim, 3);
        assertThat(subject(mails.get(2))).endsWith("Reminder: we are waiting for your reply");
        assertThat(text(mails.get(2)))
                .contains("Which SKU was deleted, and when?")
                .contains("by " + replyDueAt.atZone(settings.timeZone()).toLocalDate());
        assertThat(claims.find(claim.reference()).orElseThrow().status()).isEqualTo(ClaimStatus.WAITING_FOR_SELLER);

        advancePast(replyDueAt);
        harness.awaitCompleted(instance, "EndEvent_ClaimAutoClosed");
        assertThat(claims.find(claim.reference()).orElseThrow().status()).isEqualTo(ClaimStatus.AUTO_CLOSED);
        mails = awaitMails(claim, 4);
        assertThat(subject(mails.get(3))).endsWith("Your claim has been closed");
        assertThreaded(mails);
        assertThat(audit(claim))
                .containsExactlyElementsOf(trail(
                        FIRST_DECISION,
                        List.of(
                                "info requested",
                                "info request sent",
                                "reminded",
                                "auto-closed",
                                "auto-close notice sent")));
    }

    @Test
    void aReplyWithNothingOfTheSellersInItDoesNotRestartTheClockAndSilenceStillClosesTheClaim() {
        Claim claim = cancelWrongOrder();
        long instance = askAndAwaitReply(claim, "Which SKU was deleted, and when?");
        var mails = awaitMails(claim, 2);
        Instant replyDueAt = instantVariable(instance, "replyDueAt");

        reply(claim, mails.get(1), ""); // the mail client quoted the question; the seller wrote nothing

        var held = await().atMost(ProcessTestHarness.TIMEOUT)
                .until(
                        () -> quarantine.open().stream()
                                .filter(q -> claim.reference().equals(q.suggestedReference()))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(held.reason()).isEqualTo(QuarantineReason.NO_SELLER_TEXT);
        assertThat(harness.isActive(instance, "Gateway_AwaitSellerReply")).isTrue();
        assertThat(harness.variable(instance, "sellerRepliedAt")).isEmpty();
        assertThat(claims.find(claim.reference()).orElseThrow().status()).isEqualTo(ClaimStatus.WAITING_FOR_SELLER);

        advancePast(replyDueAt);
        harness.awaitCompleted(instance, "EndEvent_ClaimAutoClosed");
        assertThat(claims.find(claim.reference()).orElseThrow().status()).isEqualTo(ClaimStatus.AUTO_CLOSED);
        assertThat(audit(claim)).doesNotContain("seller replied");
    }

    @Test
    void twoRoundsOfQuestionsBeforeTheDecision() {
        Claim claim = cancelWrongOrder();
        long instance = instanceOf(claim);
        decide(claim, askSeller("Please send the API request you made."));
        var mails = awaitMails(claim, 2);
        reply(claim, mails.get(1), "We sent POST /products/delete with the SKU at 10:02.");
        harness.awaitCompleted(instance, "Task_RecordSellerReply");

        decide(claim, askSeller("Please also send the response the API gave you."));
        mails = awaitMails(claim, 3);
        assertThat(text(mails.get(2))).contains("Please also send the response the API gave you.");
        reply(claim, mails.get(2), "The API answered 200 OK with status deleted.");
        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() ->
                        audit(claim).stream().filter("seller replied"::equals).count() == 2);

        decide(claim, accept("Thanks, the sync issue is confirmed.", null));
        harness.awaitCompleted(instance, "EndEvent_ClaimAccepted");
        assertThreaded(awaitMails(claim, 4));
        assertThat(audit(claim))
                .containsExactlyElementsOf(
                        trail(FIRST_DECISION, INFO_ROUND, INFO_ROUND, List.of("accepted", "resolution sent")));
    }

    @Test
    void noAnswerWithinThreeWorkingDaysIsABreachThatLeavesTheTaskOpen() {
        double breachesBefore = counted("claimdesk.claims.sla.breaches", "category", "CANCEL_WRONG_ORDER");
        Claim claim = cancelWrongOrder();
        long instance = instanceOf(claim);
        TaskView task = awaitTask(claim);
        Instant due = instantVariable(instance, "responseDueAt");
        assertThat(task.dueAt()).isEqualTo(due);

        advancePast(due);
        harness.awaitCompleted(instance, "EndEvent_BreachRecorded");
        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> claims.find(claim.reference()).orElseThrow().slaBreached());
        assertThat(harness.isActive(instance, "Task_WorkClaim")).isTrue();
        assertThat(tasks.openTaskOf(claim.reference()))
                .hasValueSatisfying(t -> assertThat(t.key()).isEqualTo(task.key()));
        assertThat(audit(claim)).endsWith("SLA breached");
        assertThat(counted("claimdesk.claims.sla.breaches", "category", "CANCEL_WRONG_ORDER"))
                .isGreaterThan(breachesBefore);

        decide(claim, accept("Resolved late, sorry.", null));
        harness.awaitCompleted(instance, "EndEvent_ClaimAccepted");
    }

    @Test
    void aClaimWithoutItsCategoryFieldsIsInvalid() {
        String email = SellerMailbox.newSellerAddress();
        String reference = claims.submit(
                new ClaimSubmission(
                        ClaimCategory.CANCEL_WRONG_ORDER,
                        "shenzhen-gadgets",
                        "Shenzhen Gadgets",
                        email,
                        "NG",
                        Map.of(ClaimField.ORDER_NUMBER, "NG-240001"),
                        List.of(),
                        "import"),
                "import");
        Claim claim = new Claim(reference, email, null);
        long instance = instanceOf(claim);

        harness.awaitCompleted(instance, "EndEvent_ClaimInvalid");
        assertThat(claims.find(reference).orElseThrow().status()).isEqualTo(ClaimStatus.INVALID);
        var mails = awaitMails(claim, 1);
        assertThat(text(mails.getFirst())).contains("We cannot process your claim: the claim lacks SKU number, Reason");
        assertThat(audit(claim)).containsExactly("submitted", "registered", "invalid", "resolution sent");
    }

    @Test
    void aClaimOnAnOrderThatDoesNotExistIsInvalid() {
        Claim claim = cancelWrongOrder("NG-999999", null);
        long instance = instanceOf(claim);

        harness.awaitCompleted(instance, "EndEvent_ClaimInvalid");
        assertThat(harness.completedElements(instance)).contains("BoundaryEvent_OrderNotFound");
        assertThat(text(awaitMails(claim, 1).getFirst()))
                .contains("We cannot process your claim: the order NG-999999 does not exist at the marketplace.");
        assertThat(audit(claim)).containsExactly("submitted", "registered", "validated", "invalid", "resolution sent");
    }

    @Test
    void anOrderServiceOutageRetriesThenRaisesAnIncidentAndLosesNothing() {
        String sku = orders.order(ReferenceServices.DEMO_ORDER_TO_CANCEL)
                .items()
                .get(1)
                .sku();
        outage.start();
        Claim claim;
        long instance;
        try {
            claim = cancelWrongOrder(ReferenceServices.DEMO_ORDER_TO_CANCEL, null, sku);
            instance = instanceOf(claim);
            harness.awaitIncident(instance);
        } finally {
            outage.end();
        }
        var incident = harness.incidentRecords(instance).getFirst();
        assertThat(incident.message()).contains("503");
        assertThat(harness.isActive(instance, "Task_FetchOrder")).isTrue();
        assertThat(claims.find(claim.reference()).orElseThrow().status()).isEqualTo(ClaimStatus.REGISTERED);

        // the service is back: an operator retries the job and resolves the incident (as in Operate)
        client.newUpdateRetriesCommand(incident.jobKey()).retries(3).send().join();
        client.newResolveIncidentCommand(incident.key()).send().join();
        assertThat(awaitTask(claim).claimReference()).isEqualTo(claim.reference());
    }

    @Test
    void aClaimRaisedBeforeNationalDayIsDueAfterTheHoliday() {
        // 30 September 2026, 10:00 in Shenzhen; 1-7 October are holidays, Saturday 10 October is a make-up working day
        Instant submitted = OffsetDateTime.parse("2026-09-30T10:00:00+08:00").toInstant();
        Claim claim = cancelWrongOrder(ReferenceServices.DEMO_ORDER_TO_CANCEL, submitted);
        long instance = instanceOf(claim);

        TaskView task = awaitTask(claim);
        assertThat(harness.variable(instance, "responseDueAt")).hasValue("\"2026-10-10T23:59:59.999+08:00\"");
        assertThat(task.dueAt())
                .isEqualTo(OffsetDateTime.parse("2026-10-10T23:59:59.999+08:00").toInstant());
        // that moment has long passed: the breach is recorded at once, and the task stays with the agent
        harness.awaitCompleted(instance, "EndEvent_BreachRecorded");
        assertThat(harness.isActive(instance, "Task_WorkClaim")).isTrue();

        decide(claim, accept("Handled after the holiday.", null));
        harness.awaitCompleted(instance, "EndEvent_ClaimAccepted");
    }

    Claim billClaim(String shop, String shopName, String country, ClaimCategory category, Map<ClaimField, String> f) {
        String email = SellerMailbox.newSellerAddress();
        String period = java.time.YearMonth.now(clock.withZone(settings.timeZone()))
                .minusMonths(1)
                .toString();
        var fields = new LinkedHashMap<>(f);
        fields.put(ClaimField.STATEMENT_PERIOD, period);
        String reference = claims.submit(
                new ClaimSubmission(category, shop, shopName, email, country, fields, List.of(), "test"), "seller");
        return new Claim(reference, email, null);
    }

    @Test
    void billClaimsAreEnrichedWithTheirStatementLinesAndRoutedToBilling() {
        Claim claim = billClaim(
                "nairobi-naturals",
                "Nairobi Naturals",
                "KE",
                ClaimCategory.BILL_BREAKDOWN,
                Map.of(
                        ClaimField.TRADE_TYPE,
                        "COMMISSION",
                        ClaimField.AMOUNT,
                        "86.40",
                        ClaimField.COMMENT,
                        "Commission charged twice."));
        long instance = instanceOf(claim);

        TaskView task = awaitTask(claim);
        assertThat(task.candidateGroups()).containsExactly("billing");
        assertThat(task.priority()).isEqualTo(60);
        assertThat(task.variables()).containsEntry("currency", "KES");
        assertThat(harness.completedElements(instance))
                .contains("Task_FetchBillLines")
                .doesNotContain("Task_FetchOrder");
        assertThat(harness.variable(instance, "statementLines").orElseThrow()).contains("\"count\"");

        decide(claim, accept("We refunded the double commission.", "86.40", "post-adjustment"));
        harness.awaitCompleted(instance, "EndEvent_ClaimAccepted");
        assertThat(harness.variable(instance, "posting").orElseThrow())
                .contains("\"amount\":86.4")
                .contains("\"currency\":\"KES\"");
        assertThat(text(awaitMails(claim, 2).get(1))).contains("We credited 86.40 KES");
    }

    @Test
    void aCreditIsAskedForAndPostedInTheNigerianShopsNaira() {
        Claim claim = billClaim(
                "lagos-lights",
                "Lagos Lights",
                "NG",
                ClaimCategory.BILL_DELAYED_RECEIVABLES,
                Map.of(ClaimField.AMOUNT, "45000", ClaimField.COMMENT, "The payout has not arrived."));
        long instance = instanceOf(claim);
        TaskView task = awaitTask(claim);
        assertThat(task.variables()).containsEntry("currency", "NGN");
        tasks.claim(task.key(), AGENT);

        // "post adjustment" without an amount is refused with the field's message; nothing reaches the process
        var noAmount = new LinkedHashMap<>(accept("We paid the missing payout.", null, "post-adjustment"));
        noAmount.put("checkedEvidence", List.of("true"));
        assertThatThrownBy(() -> tasks.complete(task.key(), noAmount, AGENT))
                .isInstanceOfSatisfying(
                        TaskProblem.class,
                        p -> assertThat(p.fieldErrors())
                                .containsEntry("adjustmentAmount", "Adjustment amount is required."));
        var tooFine = new LinkedHashMap<>(accept("We paid the missing payout.", "45000.005", "post-adjustment"));
        tooFine.put("checkedEvidence", List.of("true"));
        assertThatThrownBy(() -> tasks.complete(task.key(), tooFine, AGENT))
                .isInstanceOfSatisfying(
                        TaskProblem.class,
                        p -> assertThat(p.fieldErrors())
                                .containsEntry(
                                        "adjustmentAmount", "Adjustment amount: NGN amounts have at most 2 decimals."));
        assertThat(harness.isActive(instance, "Task_WorkClaim")).isTrue();

        decide(claim, accept("We paid the missing payout.", "45000", "post-adjustment"));
        harness.awaitCompleted(instance, "EndEvent_ClaimAccepted");
        assertThat(harness.variable(instance, "posting").orElseThrow())
                .contains("\"amount\":45000")
                .contains("\"currency\":\"NGN\"");
        assertThat(text(awaitMails(claim, 2).get(1))).contains("NGN").doesNotContain("USD");
    }
}
