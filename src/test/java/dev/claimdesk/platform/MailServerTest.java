package dev.claimdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.support.ClaimDeskTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** A mail sent through the configured SMTP server arrives in the helpdesk mailbox and is read back over IMAP. */
@ClaimDeskTest
class MailServerTest {

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    PlatformProperties settings;

    @Test
    void mailSentBySmtpIsReadBackByImap() throws Exception {
        Received received = sendAndReadBack(settings.mail().helpdeskAddress(), "Hello from the seller.");
        assertThat(received.from()).isEqualTo("seller@shop.example");
        assertThat(received.text()).contains("Hello from the seller.");
    }

    @Test
    void plusAddressedMailReachesTheHelpdeskMailbox() throws Exception {
        String tokenAddress = settings.mail().helpdeskAddress().replace("@", "+CLM-2026-000001.abcdefghijklmnop@");
        assertThat(sendAndReadBack(tokenAddress, "A reply through the Reply-To token address.")
                        .text())
                .contains("Reply-To token address");
    }

    /** Sends through the configured SMTP server and finds the mail in the helpdesk mailbox over IMAP. */
    private Received sendAndReadBack(String to, String text) throws Exception {
        String subject = "[CLM-TEST] probe " + UUID.randomUUID();
        var mail = new SimpleMailMessage();
        mail.setFrom("seller@shop.example");
        mail.setTo(to);
        mail.setSubject(subject);
        mail.setText(text);
        mailSender.send(mail);

        var imap = settings.mail().imap();
        try (var store = Session.getInstance(new Properties()).getStore(imap.protocol())) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            return await().atMost(Duration.ofSeconds(10)).until(() -> find(store, subject), r -> r != null);
        }
    }

    record Received(String from, String text) {}

    private static Received find(Store store, String subject) throws Exception {
        try (Folder inbox = store.getFolder("INBOX")) {
            inbox.open(Folder.READ_ONLY);
            for (Message m : inbox.getMessages()) {
                if (subject.equals(m.getSubject())) {
                    return new Received(
                            m.getFrom()[0].toString(), m.getContent().toString());
                }
            }
            return null;
        }
    }
}
