package dev.claimdesk.mail.web;

import dev.claimdesk.mail.internal.MailStore;
import dev.claimdesk.platform.PlatformProperties;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Answers a platform mail the way a seller's mail client would, through the real SMTP server: From the seller's
 * address, To the mail's Reply-To (token) address, "Re:" subject, In-Reply-To/References, and the original quoted
 * below an "On ... wrote:" line. The SMTP envelope names the helpdesk mailbox: that is where a server with
 * plus-addressing delivers the token address (the embedded GreenMail would otherwise open a mailbox for it).
 */
final class SellerSimulator {

    private static final DateTimeFormatter QUOTE_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private final JavaMailSenderImpl smtp;
    private final String helpdeskAddress;
    private final ZoneId zone;

    SellerSimulator(JavaMailSenderImpl smtp, PlatformProperties settings) {
        this.smtp = smtp;
        this.helpdeskAddress = settings.mail().helpdeskAddress();
        this.zone = settings.timeZone();
    }

    /** Sends the reply; returns its Message-ID. */
    String reply(MailStore.StoredMail original, String text) throws MessagingException {
        var message = new MimeMessage(smtp.getSession());
        String domain = original.to().substring(original.to().lastIndexOf('@') + 1);
        String messageId = UUID.randomUUID() + "@" + domain;
        message.setFrom(new InternetAddress(original.to()));
        message.setRecipients(MimeMessage.RecipientType.TO, original.replyTo());
        message.setSubject("Re: " + original.subject(), "UTF-8");
        message.setSentDate(new Date());
        var references = new ArrayList<>(original.references());
        references.add(original.messageId());
        message.setHeader("In-Reply-To", "<" + original.messageId() + ">");
        message.setHeader(
                "References", references.stream().map(id -> "<" + id + ">").collect(Collectors.joining(" ")));
        message.setText(text.strip() + "\n\n" + quoted(original), "UTF-8");
        message.saveChanges();
        message.setHeader("Message-ID", "<" + messageId + ">");
        try (var transport = smtp.getSession().getTransport("smtp")) {
            transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
            transport.sendMessage(message, new Address[] {new InternetAddress(helpdeskAddress)});
        }
        return messageId;
    }

    private String quoted(MailStore.StoredMail original) {
        String header =
                "On " + QUOTE_DATE.format(original.createdAt().atZone(zone)) + ", " + original.from() + " wrote:\n";
        return header
                + original.text()
                        .lines()
                        .map(line -> line.isEmpty() ? ">" : "> " + line)
                        .collect(Collectors.joining("\n"));
    }
}
