package dev.claimdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.claims.AttachmentKind;
import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimDeadlines;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.claims.ClaimSubmission;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.referenceservices.ReferenceOutage;
import dev.claimdesk.referenceservices.ReferenceServices;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.BackOffice;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import io.camunda.client.CamundaClient;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The claim view shows the whole claim from the real modules: fields, the order from the order service (or a clear
 * box when the order is unknown or the service is down: a real outage of the reference service, 503), the bill lines
 * of the trade type, the thread, the history.
 */
@ClaimDeskTest
class ClaimViewTest {

    @LocalServerPort
    int port;

    @Autowired
    AppClock clock;

    @Autowired
    ReferenceOutage outage;

    @Autowired
    Claims claims;

    WorkspaceFixtures fixtures;
    BackOffice supervisor;

    @BeforeEach
    void signIn(
            @Autowired CamundaClient client, @Autowired Tasks tasks, @Autowired Claims claims, @Autowired Users users) {
        fixtures = new WorkspaceFixtures(client, tasks, claims, users);
        supervisor = BackOffice.signIn(port, fixtures.supervisor(), WorkspaceFixtures.PASSWORD);
    }

    Document view(String reference) {
        var response = supervisor.get("/claims/" + reference);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void theClaimWithItsOrderItemsHistoryAndTracking() {
        String shop = "Shop <b>" + WorkspaceFixtures.unique("x") + "</b>";
        String reference = fixtures.cancelWrongOrder(shop, "NG", ReferenceServices.DEMO_ORDER_TO_CANCEL);

        Document page = view(reference);

        assertThat(page.selectFirst("#claim-reference").text()).isEqualTo(reference);
        assertThat(page.select("#claim-fields dd").eachText())
                .contains(
                        ReferenceServices.DEMO_ORDER_TO_CANCEL,
                        "SZG-CHARGER-65W",
                        "Sync issue: SKU deleted in the seller center, but orders still arrive",
                        "The SKU was deleted but orders still arrive.");
        assertThat(page.select("p.text-muted").text()).contains(shop);
        assertThat(page.select("b")).as("seller text is escaped").isEmpty();
        assertThat(page.select("#order-items tbody tr").size()).isGreaterThanOrEqualTo(2);
        assertThat(page.select("#order-items .status-history li").text()).contains("Pending");
        assertThat(page.selectFirst("#order-tracking")).isNotNull();
        assertThat(page.select("#order-not-found, #order-unavailable")).isEmpty();
        assertThat(page.select("#bill")).isEmpty();
        assertThat(page.select("#thread").text()).contains("No mail with the seller yet.");
        assertThat(page.select("#history").text()).contains("Submitted").contains("The seller");
    }

    @Test
    void anUnknownOrderAndAFailingOrderServiceAreBoxesNotErrorPages() {
        String unknown = fixtures.cancelWrongOrder(WorkspaceFixtures.unique("shop"), "NG", "NG-000000");
        assertThat(view(unknown).selectFirst("#order-not-found").text())
                .startsWith("Order not found.")
                .contains("NG-000000");

        // the order service refuses a number with a slash in it (a 400): a failure of the service, as the client sees
        // it
        String refused = fixtures.cancelWrongOrder(WorkspaceFixtures.unique("shop"), "NG", "NG/24");
        assertThat(view(refused).selectFirst("#order-unavailable").text()).startsWith("Order service unavailable.");
    }

    @Test
    void aBillClaimShowsTheStatementAndItsLinesOfTheTradeType() {
        String period = YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai")))
                .minusMonths(1)
                .toString();
        String reference = fixtures.billBreakdown("nairobi-naturals", "KE", period);

        Document page = view(reference);

        assertThat(page.select("#bill").text()).contains("Statement " + period).contains("Commission");
        assertThat(page.select("#bill-statement dt").eachText()).contains("Credits", "Debits", "Net");
        assertThat(page.select("#bill-lines tbody tr")).isNotEmpty();
        assertThat(page.select("#bill-lines tbody td:nth-child(2)").eachText()).containsOnly("Commission");
        assertThat(page.select("#order")).isEmpty();

        String unknownShop = fixtures.billBreakdown(WorkspaceFixtures.unique("shop"), "KE", period);
        assertThat(view(unknownShop).selectFirst("#bill-not-found").text()).contains("does not know shop");
    }

    @Test
    void theDecisionFormAsksForTheCreditInTheShopsCurrency(@Autowired Tasks tasks) {
        String period = YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai")))
                .minusMonths(1)
                .toString();
        for (var shop : Map.of("nairobi-naturals", "KE", "lagos-lights", "NG").entrySet()) {
            String reference = fixtures.billBreakdown(shop.getKey(), shop.getValue(), period);
            await().atMost(ProcessTestHarness.TIMEOUT)
                    .until(() -> tasks.openTaskOf(reference).isPresent());

            Document page = view(reference);
            String currency = shop.getValue().equals("KE") ? "KES" : "NGN";
            assertThat(page.selectFirst("label[for=field-adjustmentAmount]").text())
                    .isEqualTo("Adjustment amount (" + currency + ") *");
            assertThat(page.selectFirst("input#field-adjustmentAmount").attr("step"))
                    .isEqualTo("0.01");
            assertThat(page.select("form#task-form").text()).doesNotContain("USD");
        }
    }

    @Test
    void theSellersReplyDeadlineIsTheOneItsProcessComputedWithTheSetting(
            @Autowired Tasks tasks,
            @Autowired CamundaClient client,
            @Autowired BusinessCalendar calendar,
            @Autowired ProcessTestHarness harness) {
        String reference = fixtures.cancelWrongOrder(
                WorkspaceFixtures.unique("shop"), "NG", ReferenceServices.DEMO_ORDER_TO_CANCEL);
        var task = await().atMost(ProcessTestHarness.TIMEOUT)
                .until(() -> tasks.openTaskOf(reference), Optional::isPresent)
                .orElseThrow();
        // claimdesk.claims.reply-working-days = 5 for this claim: the variable its process starts with
        // (ProcessStarterVariablesTest); one application context serves every test, so the setting itself stays 3
        client.newSetVariablesCommand(task.processInstanceKey())
                .variables(Map.of(ClaimHandling.VAR_REPLY_WORKING_DAYS, 5))
                .send()
                .join();
        var agent = new Worker(WorkspaceFixtures.unique("agent"), Set.of("seller-support"), false);
        tasks.claim(task.key(), agent);
        tasks.complete(
                task.key(),
                Map.of(
                        "outcome", List.of("request-information"),
                        "question", List.of("Which SKU was deleted, and when?"),
                        "checkedEvidence", List.of("true")),
                agent);

        ClaimDeadlines deadlines = await().atMost(ProcessTestHarness.TIMEOUT)
                .until(
                        () -> claims.details(reference).orElseThrow().deadlines(),
                        d -> d.replyDueAt() != null && d.reminderAt() != null);
        Instant askedAt = OffsetDateTime.parse(harness.variable(task.processInstanceKey(), "mailQueuedAt")
                        .orElseThrow()
                        .replace("\"", ""))
                .toInstant();
        assertThat(deadlines.replyDueAt()).isEqualTo(calendar.addWorkingDays(askedAt, 5));
        assertThat(deadlines.reminderAt()).isEqualTo(calendar.addWorkingDays(askedAt, 4));
        assertThat(deadlines.responseDueAt()).isEqualTo(task.dueAt());

        Document page = view(reference);
        var format = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        assertThat(page.selectFirst("#reply-due").text())
                .isEqualTo(format.format(deadlines.replyDueAt().atZone(zone)))
                .isNotEqualTo(format.format(calendar.addWorkingDays(askedAt, 3).atZone(zone)));
        assertThat(page.selectFirst("#waiting-for-seller").text()).doesNotContain("3 working days");
        assertThat(page.selectFirst("#reminder-at")).isNotNull();
    }

    @Test
    void anAttachmentIsListedAndOnlyEverADownload() {
        byte[] pdf = "%PDF-1.4 evidence".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String reference = claims.submit(
                new ClaimSubmission(
                        ClaimCategory.COUNTERFEIT_APPEAL,
                        WorkspaceFixtures.unique("shop"),
                        null,
                        "seller@shop.example",
                        "NG",
                        Map.of(ClaimField.ORDER_NUMBER, "NG-000002", ClaimField.SKU, "SKU-1"),
                        List.of(new ClaimSubmission.NewAttachment(
                                AttachmentKind.BRAND_AUTHORIZATION, "brand <auth>.pdf", "application/pdf", pdf)),
                        "test"),
                "seller");
        var link = view(reference).selectFirst("#claim-attachments a");
        assertThat(link.text()).isEqualTo("brand <auth>.pdf");

        var file = supervisor.get(link.attr("href"));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo("%PDF-1.4 evidence");
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(supervisor
                        .get("/claims/" + reference + "/attachments/999999999")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anUnknownClaimIsANotFoundPage() {
        var response = supervisor.get("/claims/CLM-1999-000001");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("No claim CLM-1999-000001.");
    }
}
