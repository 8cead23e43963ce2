package dev.claimdesk.rtv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.billing.internal.PostAdjustmentWorker;
import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.intake.IntakeRejected;
import dev.claimdesk.mail.SellerMailbox;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import dev.claimdesk.support.ReferenceOrderFixture;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * bpmn/WrongReturnRtv.bpmn on the real engine with every worker, the reference order and bill services, the database,
 * the mail server and claim intake: each path, the claim window on the team's calendar, and the link to the
 * wrong-return claim and its compensation. Time moves with the engine's clock; nothing sleeps.
 */
@ClaimDeskTest
class WrongReturnRtvProcessTest {

    static final Worker AGENT = new Worker("amina", Set.of("warehouse-claims"), false);

    @Autowired
    RtvCases rtvCases;

    @Autowired
    Tasks tasks;

    @Autowired
    ClaimIntake intake;

    @Autowired
    Claims claims;

    @Autowired
    Orders orders;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessTestHarness harness;

    @Autowired
    CamundaClient client;

    @Autowired
    AppClock clock;

    @Autowired
    BusinessCalendar calendar;

    @Autowired
    PostAdjustmentWorker postAdjustment;

    @Autowired
    PlatformProperties settings;

    RtvFixtures rtv;
    SellerMailbox seller;
    String sellerEmail;

    @BeforeEach
    void setUp() {
        rtv = new RtvFixtures(rtvCases, tasks, intake, jdbc);
        seller = new SellerMailbox(settings.mail().helpdeskAddress());
        sellerEmail = orders.findShop(RtvFixtures.SHOP).orElseThrow().email();
    }

    LocalDate today() {
        return clock.instant().atZone(calendar.zone()).toLocalDate();
    }

    /** Moves engine and application time to {@code hour}:00 on the date (team's time zone). */
    void advanceTo(LocalDate date, int hour) {
        Instant target = date.atTime(hour, 0).atZone(calendar.zone()).toInstant();
        harness.advance(Duration.between(clock.instant(), target));
    }

    List<String> mails(RtvCase rtvCase) {
        return seller.received(sellerEmail).stream()
                .filter(m -> subject(m).startsWith("[" + rtvCase.reference() + "]"))
                .map(WrongReturnRtvProcessTest::subject)
                .toList();
    }

    void awaitMail(RtvCase rtvCase, String subjectPart) {
        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> mails(rtvCase).stream().anyMatch(s -> s.contains(subjectPart)));
    }

    String mailText(RtvCase rtvCase, String subjectPart) {
        return seller.received(sellerEmail).stream()
                .filter(m -> subject(m).startsWith("[" + rtvCase.reference() + "]")
                        && subject(m).contains(subjectPart))
                .map(m -> SellerMailbox.body(m, "text/plain"))
                .findFirst()
                .orElseThrow();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> events(RtvCase rtvCase) {
        return rtvCases.history(rtvCase.reference()).stream()
                .map(RtvEntry::event)
                .toList();
    }

    RtvStatus status(RtvCase rtvCase) {
        return rtvCases.find(rtvCase.reference()).orElseThrow().status();
    }

    /*
     * Waits read the database, not the engine's record stream: polling that stream from test threads while the
     * in-memory engine appends to it is what a busy machine makes fail, and the case's state says the same.
     */
    void awaitStatus(RtvCase rtvCase, RtvStatus expected) {
        await().atMost(ProcessTestHarness.TIMEOUT).until(() -> status(rtvCase) == expected);
    }

    void awaitEvent(RtvCase rtvCase, String event) {
        await().atMost(ProcessTestHarness.TIMEOUT).until(() -> events(rtvCase).contains(event));
    }

    /** The case closed with this status, and its process ended at this end event. */
    void awaitEnd(RtvCase rtvCase, RtvStatus status, String endEvent) {
        awaitStatus(rtvCase, status);
        long instance = rtv.instanceOf(rtvCase);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> harness.hasCompleted(instance, endEvent));
    }

    /** A case whose seller appealed on site today: waiting for the claim. */
    RtvCase appealedToday(String appeal) {
        RtvCase rtvCase = rtv.request();
        rtv.schedulePickup(rtvCase, today());
        rtv.recordPickup(rtvCase, today(), appeal);
        awaitEvent(rtvCase, "appeal notice sent");
        return rtvCase;
    }

    TaskView awaitClaimTask(String claimReference) {
        return await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> tasks.openTaskOf(claimReference), java.util.Optional::isPresent)
                .orElseThrow();
    }

    void decide(String claimReference, Map<String, List<String>> form) {
        TaskView task = awaitClaimTask(claimReference);
        tasks.claim(task.key(), AGENT);
        var data = new LinkedHashMap<>(form);
        data.put("checkedEvidence", List.of("true"));
        tasks.complete(task.key(), data, AGENT);
    }

    int postingsFor(String claimReference) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM ref_bill_posting WHERE reference = ?", Integer.class, claimReference);
    }

    // --- paths

    @Test
    void fromTheRtvRequestToCompensation() {
        String appeal = RtvFixtures.appeal();
        RtvCase rtvCase = appealedToday(appeal);
        awaitMail(rtvCase, "ready for pickup");
        awaitMail(rtvCase, "appeal is registered");
        assertThat(mailText(rtvCase, "appeal is registered"))
                .contains(appeal)
                .contains("Last day to raise your claim: " + calendar.addWorkingDays(today(), 5));

        String claim =
                intake.submit(rtv.claim(rtvCase, appeal, today()), "test", null).reference();
        awaitStatus(rtvCase, RtvStatus.CLAIM_RAISED);
        assertThat(rtvCases.byClaim(claim)).map(RtvCase::reference).contains(rtvCase.reference());

        decide(
                claim,
                Map.of(
                        "outcome", List.of("accept"),
                        "resolution", List.of("The warehouse registered your appeal; we compensate the item."),
                        "actions", List.of("post-adjustment"),
                        "adjustmentAmount", List.of("6500")));

        awaitEnd(rtvCase, RtvStatus.COMPENSATED, "EndEvent_RtvCompensated");
        assertThat(claims.find(claim).orElseThrow().status()).isEqualTo(ClaimStatus.ACCEPTED);
        assertThat(postingsFor(claim)).isEqualTo(1);
        assertThat(events(rtvCase))
                .containsSubsequence(
                        "requested",
                        "pickup scheduled",
                        "pickup notice sent",
                        "photo added",
                        "collected",
                        "appeal registered",
                        "appeal notice sent",
                        "claim raised",
                        "claim accepted");
        assertThat(rtvCases.history(rtvCase.reference()).getLast().details())
                .contains(claim)
                .contains("credit of 6500.00 NGN posted");
        assertThat(claims.history(claim))
                .anySatisfy(e ->
                        assertThat(e.details()).contains(rtvCase.reference()).contains(appeal));
    }

    @Test
    void aRejectedClaimClosesTheCaseWithoutCompensation() {
        String appeal = RtvFixtures.appeal();
        RtvCase rtvCase = appealedToday(appeal);
        String claim =
                intake.submit(rtv.claim(rtvCase, appeal, today()), "test", null).reference();
        awaitStatus(rtvCase, RtvStatus.CLAIM_RAISED);

        decide(
                claim,
                Map.of(
                        "outcome", List.of("reject"),
                        "rejectionReason", List.of("insufficient-evidence"),
                        "resolution", List.of("The photos show the product you sold; we cannot accept the claim.")));

        awaitEnd(rtvCase, RtvStatus.CLAIM_REJECTED, "EndEvent_RtvClaimRejected");
        assertThat(postingsFor(claim)).isZero();
        assertThat(events(rtvCase)).endsWith("claim not accepted");
    }

    @Test
    void withoutAnOnSiteAppealTheCaseClosesAndAClaimIsRefused() {
        RtvCase rtvCase = rtv.request();
        rtv.schedulePickup(rtvCase, today());
        rtv.recordPickup(rtvCase, today(), null);

        awaitEnd(rtvCase, RtvStatus.CLOSED_NO_APPEAL, "EndEvent_RtvClosedWithoutAppeal");
        assertThatThrownBy(() -> intake.submit(rtv.claim(rtvCase, "APL-NONE-1", today()), "test", null))
                .isInstanceOfSatisfying(
                        IntakeRejected.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("appealReference");
                            assertThat(error.message()).contains("No on-site appeal APL-NONE-1 is registered");
                        }));
    }

    @Test
    void goodsNeverCollectedCloseTheRequestWithANotice() {
        RtvCase rtvCase = rtv.request();
        long instance = rtv.instanceOf(rtvCase);
        rtv.schedulePickup(rtvCase, today());
        awaitMail(rtvCase, "ready for pickup");
        LocalDate lastDay = calendar.addWorkingDays(today(), 5);
        assertThat(mailText(rtvCase, "ready for pickup")).contains("not collected by " + lastDay);

        advanceTo(lastDay, 20);
        assertThat(harness.isActive(instance, "Task_RecordPickup")).isTrue();
        advanceTo(lastDay.plusDays(1), 1);

        awaitEnd(rtvCase, RtvStatus.UNCOLLECTED, "EndEvent_RtvUncollected");
        awaitMail(rtvCase, "has been closed");
    }

    @Test
    void aMissedWindowLapsesTheAppealAfterAReminder() {
        RtvCase rtvCase = appealedToday(RtvFixtures.appeal());
        LocalDate lastDay = calendar.addWorkingDays(today(), 5);

        advanceTo(calendar.addWorkingDays(today(), 4), 23);
        assertThat(mails(rtvCase)).noneMatch(s -> s.contains("Reminder"));
        advanceTo(lastDay, 9);
        awaitMail(rtvCase, "Reminder: raise your wrong-return claim");
        assertThat(mailText(rtvCase, "Reminder")).contains("The last day to raise it is " + lastDay);
        assertThat(status(rtvCase)).isEqualTo(RtvStatus.APPEAL_REGISTERED);

        advanceTo(lastDay.plusDays(1), 1);
        awaitEnd(rtvCase, RtvStatus.APPEAL_LAPSED, "EndEvent_AppealLapsed");
        awaitMail(rtvCase, "has lapsed");
    }

    @Test
    void aClaimOnTheFifthWorkingDayIsTakenAndOneOnTheSixthIsRefused() {
        String onTime = RtvFixtures.appeal();
        String late = RtvFixtures.appeal();
        LocalDate pickup = today();
        RtvCase first = appealedToday(onTime);
        RtvCase second = appealedToday(late);
        LocalDate fifth = calendar.addWorkingDays(pickup, 5);
        LocalDate sixth = calendar.addWorkingDays(pickup, 6);

        advanceTo(fifth, 22);
        String claim =
                intake.submit(rtv.claim(first, onTime, pickup), "test", null).reference();
        awaitStatus(first, RtvStatus.CLAIM_RAISED);
        assertThat(claims.find(claim)).isPresent();

        advanceTo(sixth, 10);
        assertThatThrownBy(() -> intake.submit(rtv.claim(second, late, pickup), "test", null))
                .isInstanceOfSatisfying(
                        IntakeRejected.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("appealReference");
                            assertThat(error.message())
                                    .contains("window of appeal " + late + " closed on " + fifth)
                                    .contains("after the pickup on " + pickup);
                        }));
        awaitEnd(second, RtvStatus.APPEAL_LAPSED, "EndEvent_AppealLapsed");
    }

    @Test
    void theClaimWindowSkipsAPublicHolidayAndCountsAMakeUpWorkingDay() {
        // Picked up on Wednesday 2026-09-30: National Day (1-7 October) is off, Saturday 10 October is a make-up
        // working day. The 5 working days are 8, 9, 10, 12 and 13 October.
        String appeal = RtvFixtures.appeal();
        RtvCase rtvCase = rtv.request();
        // the staff record the day the goods really left the warehouse: here one before the holiday
        rtv.schedulePickup(rtvCase, today());
        rtv.recordPickup(rtvCase, LocalDate.of(2026, 9, 30), appeal);

        await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> rtvCases.find(rtvCase.reference()).orElseThrow().claimWindowClosesAt() != null);
        Instant closes = rtvCases.find(rtvCase.reference()).orElseThrow().claimWindowClosesAt();
        assertThat(closes.atZone(calendar.zone()).toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 13));
        // the reminder, one working day before, is stored with the case: Monday 12 October (Sunday 11th is off)
        Instant reminder = rtvCases.find(rtvCase.reference()).orElseThrow().reminderAt();
        assertThat(reminder.atZone(calendar.zone()).toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 12));
        awaitMail(rtvCase, "appeal is registered");
        assertThat(mailText(rtvCase, "appeal is registered")).contains("Last day to raise your claim: 2026-10-13");
        // that window is long past: the appeal lapses at once, and a claim now is refused naming the day it closed
        awaitEnd(rtvCase, RtvStatus.APPEAL_LAPSED, "EndEvent_AppealLapsed");
        assertThatThrownBy(() -> intake.submit(rtv.claim(rtvCase, appeal, LocalDate.of(2026, 9, 30)), "test", null))
                .isInstanceOfSatisfying(
                        IntakeRejected.class,
                        e -> assertThat(e.errors().getFirst().message()).contains("closed on 2026-10-13"));
    }

    @Test
    void aCompensationJobDeliveredTwicePostsOnce() {
        // Zeebe delivers a job at least once: the compensation job of an accepted wrong-return claim, handed to the
        // posting worker twice (same job key), posts one credit and tells the process the same posting both times.
        client.newDeployResourceCommand()
                .addResourceFromClasspath("bpmn-test/MailJobProbe.bpmn")
                .send()
                .join();
        long probe = client.newCreateInstanceCommand()
                .bpmnProcessId("MailJobProbe")
                .latestVersion()
                .send()
                .join()
                .getProcessInstanceKey();
        ActivatedJob job = await().atMost(ProcessTestHarness.TIMEOUT).until(() -> activate(probe), j -> j != null);
        String reference = "CLM-RTV-" + probe;
        Map<String, Object> compensation = Map.of(
                "direction", "CREDIT",
                "amount", "6500.00",
                "currency", "NGN",
                "tradeType", "SUBSIDY",
                "reason", "Claim " + reference + " accepted: Wrong product returned (RTV appeal)",
                "reference", reference);

        var first = postAdjustment.postAdjustment(job, RtvFixtures.SHOP, compensation);
        var second = postAdjustment.postAdjustment(job, RtvFixtures.SHOP, compensation);
        client.newCompleteCommand(job).variables(second).send().join();

        assertThat(second).isEqualTo(first);
        assertThat(postingsFor(reference)).isEqualTo(1);
    }

    private ActivatedJob activate(long instance) {
        return client
                .newActivateJobsCommand()
                .jobType("mail-test-probe")
                .maxJobsToActivate(10)
                .timeout(Duration.ofMinutes(1))
                .send()
                .join()
                .getJobs()
                .stream()
                .filter(j -> j.getProcessInstanceKey() == instance)
                .findFirst()
                .orElse(null);
    }

    @Test
    void onlyAReturnedItemCanBeSentBack() {
        String delivered = ReferenceOrderFixture.order(jdbc, "DELIVERED");
        assertThatThrownBy(() -> rtvCases.request(
                        new RtvRequest(RtvFixtures.SHOP, delivered, RtvFixtures.SKU, null, "test"), "seller"))
                .isInstanceOfSatisfying(RtvRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("sku");
                    assertThat(e.getMessage()).contains("is Delivered, not Returned");
                });
        RtvCase open = rtv.request();
        assertThatThrownBy(() -> rtvCases.request(
                        new RtvRequest(RtvFixtures.SHOP, open.orderNumber(), RtvFixtures.SKU, null, "test"), "seller"))
                .isInstanceOfSatisfying(
                        RtvRefused.class, e -> assertThat(e.getMessage()).contains("already has an open RTV request"));
    }

    @Test
    void photosAreCheckedByContent() {
        RtvCase rtvCase = rtv.request();
        assertThatThrownBy(
                        () -> rtvCases.addPhoto(rtvCase.reference(), "photo.png", "not a picture".getBytes(), "wang"))
                .isInstanceOfSatisfying(
                        RtvRefused.class,
                        e -> assertThat(e.getMessage()).isEqualTo("photo.png is not a JPEG, PNG or WebP photo."));
        assertThat(rtvCases.photos(rtvCase.reference())).isEmpty();
        RtvPhoto photo = rtvCases.addPhoto(rtvCase.reference(), "shelf.png", RtvFixtures.PNG, "wang");
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(rtvCases.photoContent(rtvCase.reference(), photo.id())).hasValue(RtvFixtures.PNG);
    }
}
