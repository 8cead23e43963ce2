package dev.claimdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.mail.internal.MailStore;
import dev.claimdesk.mail.internal.Outbox;
import dev.claimdesk.support.ClaimDeskTest;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP server goes away for a while: mail queued meanwhile waits in the outbox, is retried with back-off, and is
 * delivered exactly once when the server is back. The application's own sender is pointed at a mail server of this
 * test's, which it stops and starts again.
 */
@ClaimDeskTest
class OutboxRetryTest {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    JavaMailSenderImpl smtp;

    @Autowired
    Mailbox mailbox;

    @Autowired
    Claims claims;

    @Autowired
    MailStore store;

    @Autowired
    Outbox outbox;

    @Test
    void mailQueuedWhileTheSmtpServerIsDownIsDeliveredOnceWhenItIsBack() throws Exception {
        int port = freePort();
        int embeddedPort = smtp.getPort();
        GreenMail server = start(port);
        smtp.setPort(port);
        try {
            String reference = SellerMailbox.newClaim(jdbc, SellerMailbox.newSellerAddress());
            String before = queue(reference, "before");
            await().atMost(SellerMailbox.TIMEOUT).until(() -> copies(server, before) == 1);

            server.stop();
            String during1 = queue(reference, "during-1");
            String during2 = queue(reference, "during-2");
            await().atMost(SellerMailbox.TIMEOUT).until(() -> attempts(during1) >= 2 && attempts(during2) >= 2);
            assertThat(status(during1)).isEqualTo(ThreadEntry.Status.QUEUED);
            assertThat(outbox.findByMailMessage(id(during1)).orElseThrow().lastError())
                    .isNotBlank();

            GreenMail restarted = start(port);
            try {
                await().atMost(SellerMailbox.TIMEOUT)
                        .until(() -> status(during1) == ThreadEntry.Status.SENT
                                && status(during2) == ThreadEntry.Status.SENT);
                assertThat(copies(restarted, during1)).isEqualTo(1);
                assertThat(copies(restarted, during2)).isEqualTo(1);
                assertThat(copies(restarted, before)).isZero();
                assertThat(restarted.getReceivedMessages()).hasSize(2);
            } finally {
                restarted.stop();
            }
        } finally {
            smtp.setPort(embeddedPort);
            server.stop();
        }
    }

    private String queue(String reference, String round) {
        return mailbox.queue(new OutgoingMail(
                reference, MailKind.REMINDER, "retry-" + round + "-" + reference, Map.of("question", "Which SKU?")));
    }

    private long id(String messageId) {
        return store.findByMessageId(messageId).orElseThrow().id();
    }

    private ThreadEntry.Status status(String messageId) {
        return store.findByMessageId(messageId).orElseThrow().status();
    }

    private int attempts(String messageId) {
        return outbox.findByMailMessage(id(messageId)).orElseThrow().attempts();
    }

    private static long copies(GreenMail server, String messageId) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> {
                    try {
                        return ("<" + messageId + ">").equals(m.getMessageID());
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .count();
    }

    private static GreenMail start(int port) {
        var server = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
