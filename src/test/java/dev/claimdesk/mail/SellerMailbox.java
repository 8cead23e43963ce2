package dev.claimdesk.mail;

import com.icegreen.greenmail.util.GreenMail;
import dev.claimdesk.platform.internal.EmbeddedMailServer;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The seller's side of the mail loop in tests, on the embedded GreenMail: reads what the platform sent to a seller's
 * address, and sends sellers' mail to the helpdesk mailbox through SMTP (envelope recipient the helpdesk mailbox, as a
 * server with plus-addressing delivers a token address).
 */
public final class SellerMailbox {

    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final GreenMail greenMail = EmbeddedMailServer.greenMail();
    private final String helpdeskAddress;

    public SellerMailbox(String helpdeskAddress) {
        this.helpdeskAddress = helpdeskAddress;
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT =
            new java.util.concurrent.atomic.AtomicInteger(900000 + new java.util.Random().nextInt(90000));

    /**
     * A claim of its own for a test: a fresh seller address, so mailboxes never mix between tests. Stored without a
     * ClaimHandling process (process key 0, like a claim taken over from another system), so that the only mails are
     * the ones the test causes.
     */
    public static String newClaim(JdbcTemplate jdbc, String sellerEmail) {
        String reference = "CLM-" + java.time.Year.now() + "-" + NEXT.incrementAndGet();
        var now = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc.update(
                "INSERT INTO claim (reference, category, shop, shop_name, seller_email, country, channel,"
                        + " statement_period, trade_type, status, process_instance_key, submitted_at, updated_at)"
                        + " VALUES (?, 'BILL_BREAKDOWN', 'mail-test-shop', 'Mail Test Shop', ?, 'KE', 'test',"
                        + " '2026-09', 'COMMISSION', 'IN_PROGRESS', 0, ?, ?)",
                reference,
                sellerEmail,
                now,
                now);
        return reference;
    }

    public static String newSellerAddress() {
        return "seller-" + UUID.randomUUID().toString().substring(0, 8) + "@shop.example";
    }

    /** Every mail the platform delivered to this address, oldest first. */
    public List<MimeMessage> received(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> addressedTo(m, address))
                .toList();
    }

    /** Waits until {@code count} mails have reached the address; returns them. */
    public List<MimeMessage> awaitMails(String address, int count) {
        return org.awaitility.Awaitility.await()
                .atMost(TIMEOUT)
                .until(() -> received(address), list -> list.size() >= count);
    }

    /** Sends a seller's mail to the helpdesk mailbox through SMTP. */
    public void deliver(MimeMessage mail) {
        try {
            var session = Session.getInstance(smtpProperties());
            try (var transport = session.getTransport("smtp")) {
                transport.connect();
                transport.sendMessage(mail, new Address[] {new InternetAddress(helpdeskAddress)});
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A reply to a platform mail the way a mail client writes one: to its Reply-To, "Re:", threaded, quoting it. */
    public MimeMessage reply(MimeMessage original, String from, String text) {
        try {
            var reply = newMessage();
            reply.setFrom(new InternetAddress(from));
            reply.setRecipients(Message.RecipientType.TO, original.getReplyTo());
            reply.setSubject("Re: " + original.getSubject(), "UTF-8");
            reply.setHeader("In-Reply-To", original.getMessageID());
            reply.setHeader("References", original.getMessageID());
            reply.setText(
                    text + "\n\nOn Tue, 6 Jan 2026 at 10:12, ClaimDesk Seller Support <" + helpdeskAddress
                            + "> wrote:\n> Dear Mail Test Shop,\n>\n> " + original.getSubject() + "\n",
                    "UTF-8");
            return withMessageId(reply, UUID.randomUUID() + "@shop.example");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mail from a fixture in src/test/resources/mail, with ${name} placeholders filled in. */
    public static MimeMessage fixture(String name, Map<String, String> values) {
        try (var in = SellerMailbox.class.getResourceAsStream("/mail/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (var value : values.entrySet()) {
                text = text.replace("${" + value.getKey() + "}", value.getValue());
            }
            return new MimeMessage(
                    Session.getInstance(new Properties()),
                    new ByteArrayInputStream(text.replaceAll("\r?\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the Message-ID after saveChanges(), which would otherwise replace it. */
    public static MimeMessage withMessageId(MimeMessage message, String messageId) {
        try {
            message.saveChanges();
            message.setHeader("Message-ID", "<" + messageId + ">");
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first body part of that type (text/plain, text/html), searched through nested multiparts. */
    public static String body(jakarta.mail.Part part, String mimeType) {
        try {
            if (part.isMimeType(mimeType)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = body(multipart.getBodyPart(i), mimeType);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MimeMessage newMessage() {
        return new MimeMessage(Session.getInstance(new Properties()));
    }

    private Properties smtpProperties() {
        var properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
        return properties;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to != null
                    && Arrays.stream(to)
                            .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
