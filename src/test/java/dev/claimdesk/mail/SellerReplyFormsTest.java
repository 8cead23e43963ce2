package dev.claimdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.mail.internal.QuarantineReason;
import dev.claimdesk.mail.internal.QuarantineStore;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.BackOffice;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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
    Mailbox mailbox;

    @Autowired
    ProcessTestHarness harness;

    @Autowired
    QuarantineStore quarantine;

    @Autowired
    Users users;

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.context.ApplicationContext context;

    ReplyProbe probe;
    SellerMailbox sellerBox;
    BackOffice supervisor;
    /** Each form's conversation, by form name, its reply already sent. */
    final Map<String, Asked> sent = new java.util.HashMap<>();

    @BeforeAll
    void askEverySellerAndSendEveryReply() throws Exception {
        probe = ReplyProbe.deploy(context);
        sellerBox = probe.sellerBox();
        users.saveUser("forms-supervisor", "Supervisor", "forms-pass", Set.of(Role.SUPERVISOR), Set.of());
        supervisor = BackOffice.signIn(port, "forms-supervisor", "forms-pass");
        var forms = ReplyForms.all();
        var started = forms.stream().map(form -> probe.start()).toList();
        for (int i = 0; i < forms.size(); i++) {
            var asked = new Asked(probe.awaitAsked(started.get(i)), UUID.randomUUID() + "@shop.example");
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
            assertThat(probe.published(asked.reference())).isZero();
            assertThat(mailbox.thread(asked.reference()))
                    .noneMatch(e -> e.messageId().equals(key));
            assertThat(claimPage(asked.reference()))
                    .as("nothing from the seller on the claim's thread")
                    .doesNotContain("From seller");
            return;
        }

        harness.awaitCompleted(asked.instance(), "Event_SellerReplied");
        assertThat(probe.published(asked.reference())).isEqualTo(1);
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

    /** A probe's conversation and the Message-ID its reply is sent with. */
    record Asked(ReplyProbe.Asked probe, String key) {

        String reference() {
            return probe.reference();
        }

        long instance() {
            return probe.instance();
        }

        ReplyForms.Addressing addressing() throws Exception {
            return new ReplyForms.Addressing(
                    probe.seller(),
                    probe.replyTo(),
                    "Re: " + probe.infoRequest().getSubject(),
                    probe.infoRequestId(),
                    key);
        }
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
}
