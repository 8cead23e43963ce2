package dev.claimdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.mail.internal.QuarantineReason;
import dev.claimdesk.mail.internal.QuarantineStore;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.BackOffice;
import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ProcessTestHarness;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The quarantine (supervisors), the mail demo (admins) and the claim thread page, over real HTTP. */
@ClaimDeskTest
class MailPagesTest {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    Claims claims;

    @Autowired
    Mailbox mailbox;

    @Autowired
    QuarantineStore quarantine;

    @Autowired
    PlatformProperties platform;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    ProcessTestHarness harness;

    SellerMailbox sellerBox;

    @BeforeEach
    void users() {
        users.saveUser("mail-agent", "Agent", "agent-pass", Set.of(Role.AGENT), Set.of("seller-support"));
        users.saveUser("mail-supervisor", "Supervisor", "super-pass", Set.of(Role.SUPERVISOR), Set.of());
        users.saveUser("mail-admin", "Admin", "admin-pass", Set.of(Role.ADMIN), Set.of());
        sellerBox = new SellerMailbox(platform.mail().helpdeskAddress());
    }

    @Test
    void aSupervisorAssignsAQuarantinedMailToAClaimWhoseProcessThenGetsTheReply() throws Exception {
        var asked = ReplyProbe.deploy(context).ask();
        String seller = asked.seller();
        String reference = asked.reference();
        long instance = asked.instance();
        String subject = "Question about my order " + UUID.randomUUID();
        var lost = SellerMailbox.newMessage();
        lost.setFrom(new InternetAddress(seller));
        lost.setRecipients(Message.RecipientType.TO, platform.mail().helpdeskAddress());
        lost.setSubject(subject);
        lost.setText("The SKU is AT-9, sorry I wrote a new mail.");
        String key = UUID.randomUUID() + "@shop.example";
        sellerBox.deliver(SellerMailbox.withMessageId(lost, key));
        var item = await().atMost(SellerMailbox.TIMEOUT)
                .until(() -> quarantine.findByMessageKey(key), java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(item.reason()).isEqualTo(QuarantineReason.NO_CLAIM);

        assertThat(BackOffice.signIn(port, "mail-agent", "agent-pass")
                        .get("/mail/quarantine")
                        .statusCode())
                .isEqualTo(403);
        var supervisor = BackOffice.signIn(port, "mail-supervisor", "super-pass");
        var page = supervisor.get("/mail/quarantine");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(subject).contains("No claim").doesNotContain(">NO_CLAIM<");

        var assigned = supervisor.post(
                "/mail/quarantine/" + item.id() + "/assign", page.body(), Map.of("reference", reference));
        assertThat(assigned.statusCode()).isEqualTo(302);

        harness.awaitCompleted(instance, "Event_SellerReplied");
        assertThat(quarantine.find(item.id()).orElseThrow().state()).isEqualTo(QuarantineStore.State.ASSIGNED);
        assertThat(supervisor.get("/mail/quarantine").body()).contains("Assigned to " + reference);
        var thread = supervisor.get("/claims/" + reference + "/thread");
        assertThat(thread.statusCode()).isEqualTo(200);
        assertThat(thread.body()).contains("The SKU is AT-9, sorry I wrote a new mail.");
    }

    @Test
    void aSupervisorDiscardsAQuarantinedMailOnlyWithAReasonWhichIsKept() throws Exception {
        var stray = SellerMailbox.newMessage();
        stray.setFrom(new InternetAddress(SellerMailbox.newSellerAddress()));
        stray.setRecipients(Message.RecipientType.TO, platform.mail().helpdeskAddress());
        String subject = "Cheap watches " + UUID.randomUUID();
        stray.setSubject(subject);
        stray.setText("Buy cheap watches now.");
        String key = UUID.randomUUID() + "@spam.example";
        sellerBox.deliver(SellerMailbox.withMessageId(stray, key));
        var item = await().atMost(SellerMailbox.TIMEOUT)
                .until(() -> quarantine.findByMessageKey(key), java.util.Optional::isPresent)
                .orElseThrow();
        var supervisor = BackOffice.signIn(port, "mail-supervisor", "super-pass");
        var page = supervisor.get("/mail/quarantine").body();

        supervisor.post("/mail/quarantine/" + item.id() + "/dismiss", page, Map.of("reason", " "));
        assertThat(quarantine.find(item.id()).orElseThrow().state()).isEqualTo(QuarantineStore.State.OPEN);
        assertThat(supervisor.get("/mail/quarantine").body()).contains("Say why the mail is discarded.");

        var discarded = supervisor.post(
                "/mail/quarantine/" + item.id() + "/dismiss", page, Map.of("reason", "Spam <not a seller>"));
        assertThat(discarded.statusCode()).isEqualTo(302);
        var resolved = quarantine.find(item.id()).orElseThrow();
        assertThat(resolved.state()).isEqualTo(QuarantineStore.State.DISMISSED);
        assertThat(resolved.resolutionNote()).isEqualTo("Spam <not a seller>");
        assertThat(supervisor.get("/mail/quarantine").body())
                .contains("Dismissed by mail-supervisor")
                .contains("Spam &lt;not a seller&gt;");
    }

    @Test
    void anAdminWatchesTheWholeLoopOnTheDemoPage() {
        String seller = SellerMailbox.newSellerAddress();
        String reference = SellerMailbox.newClaim(jdbc, seller);
        assertThat(BackOffice.signIn(port, "mail-supervisor", "super-pass")
                        .get("/admin/mail-demo")
                        .statusCode())
                .isEqualTo(403);
        var admin = BackOffice.signIn(port, "mail-admin", "admin-pass");
        var page = admin.get("/admin/mail-demo");
        assertThat(page.statusCode()).isEqualTo(200);

        admin.post(
                "/admin/mail-demo/send",
                page.body(),
                Map.of("reference", reference, "kind", "INFO_REQUEST", "text", "Please send the <invoice>."));
        var sent = await().atMost(SellerMailbox.TIMEOUT)
                .until(
                        () -> mailbox.thread(reference),
                        t -> !t.isEmpty() && t.getFirst().status() == ThreadEntry.Status.SENT)
                .getFirst();
        assertThat(sellerBox.received(seller)).hasSize(1);
        page = admin.get("/admin/mail-demo");
        assertThat(page.body()).contains(reference).contains("helpdesk+" + reference + ".");

        var reply = admin.post(
                "/admin/mail-demo/reply",
                page.body(),
                Map.of("mailId", String.valueOf(sent.id()), "text", "Invoice INV-77 is attached."));
        assertThat(reply.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/claims/" + reference + "/thread"));

        var answer = await().atMost(SellerMailbox.TIMEOUT)
                .until(() -> mailbox.thread(reference), t -> t.size() == 2)
                .get(1);
        assertThat(answer.direction()).isEqualTo(ThreadEntry.Direction.FROM_SELLER);
        assertThat(answer.status()).isEqualTo(ThreadEntry.Status.REPLY);
        assertThat(answer.text().shown()).isEqualTo("Invoice INV-77 is attached.");
        assertThat(answer.from()).isEqualTo(seller);
        var thread = admin.get("/claims/" + reference + "/thread").body();
        assertThat(thread).contains("Invoice INV-77 is attached.").contains("Please send the &lt;invoice&gt;.");
    }
}
