package dev.claimdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.mail.internal.QuarantineReason;
import dev.claimdesk.mail.internal.QuarantineStore;
import dev.claimdesk.platform.EngineTime;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.BackOffice;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.MessageIntent;
import io.camunda.zeebe.protocol.record.value.MessageRecordValue;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Every form of reply in {@link ReplyForms}, sent through SMTP into the helpdesk mailbox and read back by the poller:
 * the stored reply is what the seller wrote, the waiting process is told only when there is something of the
 * seller's (text or an attachment), and the claim page shows the reply, its whole mail and original, and stays small
 * however large the mail. Every seller is asked and every reply sent before the first assertion, so that the waits
 * overlap.
 */
@ClaimDeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SellerReplyFormsTest {

    /** The claim page with the largest reply of these tests must stay below this. */
    private static final int MAX_PAGE_BYTES = 300 * 1024;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Mailbox mailbox;

    @Autowired
    CamundaClient client;

    @Autowired
    ProcessTestHarness harness;

    @Autowired
    EngineTime engineTime;

    @Autowired
    PlatformProperties platform;

    @Autowired
    QuarantineStore quarantine;

    @Autowired
    Users users;

    @LocalServerPort
    int port;

    SellerMailbox sellerBox;
    BackOffice supervisor;
    /** Each form's conversation, by form name, its reply already sent. */
    final Map<String, Asked> sent = new java.util.HashMap<>();

    @BeforeAll
    void askEverySellerAndSendEveryReply() throws Exception {
        client.newDeployResourceCommand()
                .addResourceFromClasspath("bpmn-test/SellerReplyProbe.bpmn")
                .send()
                .join();
        users.saveUser("forms-supervisor", "Supervisor", "forms-pass", Set.of(Role.SUPERVISOR), Set.of());
        supervisor = BackOffice.signIn(port, "forms-supervisor", "forms-pass");
        sellerBox = new SellerMailbox(platform.mail().helpdeskAddress());
        var forms = ReplyForms.all();
        var started = new java.util.ArrayList<Asked>();
        for (var form : forms) {
            started.add(startAsking(UUID.randomUUID() + "@shop.example"));
        }
        for (int i = 0; i < forms.size(); i++) {
            var asked = awaitAsked(started.get(i));
            sellerBox.deliver(mime(forms.get(i).raw(asked.addressing())));
            sent.put(forms.get(i).name(), asked);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.claimdesk.mail.ReplyForms#all")
    void eachFormOfReplyIsStoredAsTheSellerWroteItAndCountsOnlyWithSomethingOfTheSellers(ReplyForms.Form form)
            throws Exception {
        var asked = sent.get(form.name());
        String key = asked.key();

        if (form.outcome() == ReplyForms.Outcome.NO_SELLER_TEXT) {
            var item = await().atMost(SellerMailbox.TIMEOUT)
                    .until(() -> quarantine.findByMessageKey(key), java.util.Optional::isPresent)
                    .orElseThrow();
            assertThat(item.reason()).isEqualTo(QuarantineReason.NO_SELLER_TEXT);
            assertThat(item.suggestedReference()).isEqualTo(asked.reference());
            assertThat(harness.isActive(asked.instance(), "Event_SellerReplied"))
                    .as("the process still waits for the seller")
                    .isTrue();
            assertThat(published(asked.reference())).isZero();
            assertThat(mailbox.thread(asked.reference()))
                    .noneMatch(e -> e.messageId().equals(key));
            assertThat(claimPage(asked.reference()))
                    .as("nothing from the seller on the claim's thread")
                    .doesNotContain("From seller");
            return;
        }

        harness.awaitCompleted(asked.instance(), "Event_SellerReplied");
        assertThat(published(asked.reference())).isEqualTo(1);
        String told = new ObjectMapper()
                .readValue(
                        harness.variable(asked.instance(), MailJobs.VAR_SELLER_REPLY)
                                .orElseThrow(),
                        String.class);
        assertThat(form.reply()).startsWith(told);
        var entry = mailbox.thread(asked.reference()).stream()
                .filter(e -> e.messageId().equals(key))
                .findFirst()
                .orElseThrow();
        assertThat(entry.status()).isEqualTo(ThreadEntry.Status.REPLY);
        assertThat(entry.text().length()).isEqualTo(form.reply().length());
        assertThat(form.reply()).startsWith(entry.text().shown());
        assertThat(entry.original()).isTrue();
        assertThat(supervisor.get(path(asked, entry, "text")).body()).isEqualTo(form.reply());

        String page = claimPage(asked.reference());
        String firstLine = form.reply().lines().findFirst().orElse("");
        assertThat(page)
                .contains(HtmlUtils.htmlEscape(firstLine.substring(0, Math.min(80, firstLine.length())), "UTF-8"));
        assertThat(page).contains("Show the whole mail").contains(path(asked, entry, "original"));
        if (entry.text().cut()) {
            assertThat(page).contains(path(asked, entry, "text")).contains("Show all");
        }
    }

    @Test
    void theWholeMailAndTheOriginalAreKeptBesideTheReply() throws Exception {
        var form = ReplyForms.all().getFirst(); // top-posted above the quoted question
        var asked = sent.get(form.name());
        harness.awaitCompleted(asked.instance(), "Event_SellerReplied");
        var entry = mailbox.thread(asked.reference()).stream()
                .filter(e -> e.messageId().equals(asked.key()))
                .findFirst()
                .orElseThrow();

        assertThat(entry.text().shown()).isEqualTo(form.reply()).doesNotContain("wrote:");
        assertThat(entry.whole().shown())
                .contains(form.reply())
                .contains("wrote:")
                .contains("> Which SKU was deleted");
        var original = supervisor.get(path(asked, entry, "original"));
        assertThat(original.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        var parsed = new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(original.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.getMessageID()).isEqualTo("<" + asked.key() + ">");
        assertThat(supervisor.get(path(asked, entry, "whole")).body()).contains("> Which SKU was deleted");
        assertThat(supervisor.get("/claims/" + asked.reference() + "/thread").body())
                .contains("Show the whole mail")
                .contains(HtmlUtils.htmlEscape("> Which SKU was deleted", "UTF-8"));
    }

    @Test
    void anotherTeamsAgentCannotOpenTheOriginal() throws Exception {
        var asked = sent.get(ReplyForms.all().getFirst().name());
        harness.awaitCompleted(asked.instance(), "Event_SellerReplied");
        var entry = mailbox.thread(asked.reference()).getLast();
        users.saveUser("forms-agent", "Agent", "agent-pass", Set.of(Role.AGENT), Set.of("billing"));
        var agent = BackOffice.signIn(port, "forms-agent", "agent-pass");

        for (String what : new String[] {"text", "whole", "original"}) {
            assertThat(agent.get(path(asked, entry, what)).statusCode())
                    .as(what)
                    .isEqualTo(403);
        }
    }

    record Asked(String reference, String seller, long instance, String key, MimeMessage infoRequest) {

        ReplyForms.Addressing addressing() throws Exception {
            return new ReplyForms.Addressing(
                    seller,
                    ((InternetAddress) infoRequest.getReplyTo()[0]).getAddress(),
                    "Re: " + infoRequest.getSubject(),
                    infoRequest.getMessageID().replaceAll("[<>]", ""),
                    key);
        }
    }

    private Asked startAsking(String key) {
        String seller = SellerMailbox.newSellerAddress();
        String reference = SellerMailbox.newClaim(jdbc, seller);
        long instance = client.newCreateInstanceCommand()
                .bpmnProcessId("SellerReplyProbe")
                .latestVersion()
                .variables(Map.of(MailJobs.VAR_CLAIM_REFERENCE, reference, MailJobs.VAR_QUESTION, "Which SKU?"))
                .send()
                .join()
                .getProcessInstanceKey();
        return new Asked(reference, seller, instance, key, null);
    }

    private Asked awaitAsked(Asked started) {
        harness.awaitActive(started.instance(), "Event_SellerReplied");
        var infoRequest = sellerBox.awaitMails(started.seller(), 1).getFirst();
        return new Asked(started.reference(), started.seller(), started.instance(), started.key(), infoRequest);
    }

    private String claimPage(String reference) {
        var page = supervisor.get("/claims/" + reference);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(MAX_PAGE_BYTES);
        return page.body();
    }

    private static String path(Asked asked, ThreadEntry entry, String what) {
        return "/claims/" + asked.reference() + "/thread/" + entry.id() + "/" + what;
    }

    private static MimeMessage mime(byte[] raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }

    private long published(String reference) {
        return StreamSupport.stream(
                        engineTime
                                .embeddedEngine()
                                .orElseThrow()
                                .getRecordStreamSource()
                                .getRecords()
                                .spliterator(),
                        false)
                .filter(r -> r.getValueType() == ValueType.MESSAGE && r.getIntent() == MessageIntent.PUBLISHED)
                .map(r -> (MessageRecordValue) r.getValue())
                .filter(m -> m.getCorrelationKey().equals(reference))
                .count();
    }
}
