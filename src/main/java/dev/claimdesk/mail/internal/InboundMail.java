package dev.claimdesk.mail.internal;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A mail read from the helpdesk mailbox, parsed once from its raw bytes: the headers that matter for matching and
 * filtering, the text the sender wrote (plain text preferred; HTML turned into text), and its attachments.
 *
 * @param messageKey the Message-ID without angle brackets, or a digest of the raw mail when it has none
 */
public record InboundMail(
        byte[] raw,
        String messageKey,
        String from,
        List<String> recipients,
        String subject,
        List<String> inReplyTo,
        List<String> references,
        MimeMessage message,
        String text,
        boolean textFromHtml,
        List<Attachment> attachments) {

    /** Headers a mail server or forwarder puts the original recipient in (the token address may be only there). */
    private static final String[] RECIPIENT_HEADERS = {"To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To"};

    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final int MAX_KEY_LENGTH = 500;

    /** An attachment as read; {@code content} is null when it was larger than the limit (then size is a lower bound). */
    public record Attachment(String fileName, String contentType, long size, byte[] content) {}

    public static InboundMail parse(byte[] raw, long maxAttachmentBytes) {
        try {
            var message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            var body = new Body(maxAttachmentBytes);
            body.walk(message, false);
            String messageId = first(messageIds(message.getHeader("Message-ID")));
            return new InboundMail(
                    raw,
                    messageId != null && messageId.length() <= MAX_KEY_LENGTH ? messageId : "sha256:" + sha256(raw),
                    firstAddress(message.getHeader("From")),
                    recipients(message),
                    message.getSubject() == null ? "" : message.getSubject(),
                    messageIds(message.getHeader("In-Reply-To")),
                    messageIds(message.getHeader("References")),
                    message,
                    body.text(),
                    body.fromHtml(),
                    List.copyOf(body.attachments));
        } catch (MessagingException | IOException e) {
            throw new UnreadableMail("The mail cannot be read: " + e.getMessage(), e);
        }
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null || values.length == 0 ? null : values[0].strip();
        } catch (MessagingException e) {
            return null;
        }
    }

    public String contentType() {
        try {
            return message.getContentType() == null
                    ? ""
                    : message.getContentType().toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            return "";
        }
    }

    /** In-Reply-To first, then References newest first: the mails this one answers. */
    public List<String> answeredMessageIds() {
        var ids = new LinkedHashSet<>(inReplyTo);
        var refs = new ArrayList<>(references);
        Collections.reverse(refs);
        ids.addAll(refs);
        return List.copyOf(ids);
    }

    static List<String> messageIds(String[] headerValues) {
        if (headerValues == null) {
            return List.of();
        }
        var ids = new ArrayList<String>();
        for (String value : headerValues) {
            var m = MESSAGE_ID.matcher(value);
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        return List.copyOf(ids);
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        var addresses = new LinkedHashSet<String>();
        for (String header : RECIPIENT_HEADERS) {
            String[] values = message.getHeader(header);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                try {
                    Arrays.stream(InternetAddress.parseHeader(value, false))
                            .map(InternetAddress::getAddress)
                            .filter(a -> a != null && a.contains("@"))
                            .forEach(addresses::add);
                } catch (AddressException malformed) {
                    // a broken header names no usable recipient; the other headers may still
                }
            }
        }
        return List.copyOf(addresses);
    }

    private static String firstAddress(String[] values) {
        if (values == null || values.length == 0) {
            return null;
        }
        try {
            var parsed = InternetAddress.parseHeader(values[0], false);
            return parsed.length == 0 ? null : parsed[0].getAddress();
        } catch (AddressException e) {
            return null;
        }
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.getFirst();
    }

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Walks the MIME tree: the first text/plain (or, failing that, text/html) body, and the attachments. */
    private static final class Body {

        private final long maxAttachmentBytes;
        private final List<Attachment> attachments = new ArrayList<>();
        private String plain;
        private String html;

        Body(long maxAttachmentBytes) {
            this.maxAttachmentBytes = maxAttachmentBytes;
        }

        void walk(Part part, boolean insideRelated) throws MessagingException, IOException {
            String type = part.getContentType() == null ? "text/plain" : part.getContentType();
            var contentType = safeContentType(type);
            String fileName = fileName(part);
            boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                    || (fileName != null && !contentType.match("text/plain") && !contentType.match("text/html"));
            if (part.isMimeType("multipart/*") && !attachment) {
                var multipart = (Multipart) part.getContent();
                boolean related = part.isMimeType("multipart/related");
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child, related);
                }
            } else if (attachment) {
                // an image of a signature or letterhead, embedded in the HTML by Content-ID, is not an attachment
                if (insideRelated
                        && part instanceof jakarta.mail.internet.MimePart mime
                        && mime.getContentID() != null) {
                    return;
                }
                attachments.add(read(part, fileName == null ? "attachment" : fileName, contentType.getBaseType()));
            } else if (part.isMimeType("text/plain") && plain == null) {
                String text = MailText.decode(part, contentType);
                plain = "flowed".equalsIgnoreCase(contentType.getParameter("format"))
                        ? MailText.unflow(text, "yes".equalsIgnoreCase(contentType.getParameter("delsp")))
                        : text;
            } else if (part.isMimeType("text/html") && html == null) {
                html = MailText.decode(part, contentType);
            } else if (part.isMimeType("message/rfc822") || part.isMimeType("message/delivery-status")) {
                attachments.add(read(part, "message.eml", contentType.getBaseType()));
            }
        }

        String text() {
            if (plain != null) {
                return plain;
            }
            return html == null ? "" : HtmlText.toText(html);
        }

        boolean fromHtml() {
            return plain == null && html != null;
        }

        private Attachment read(Part part, String fileName, String contentType) throws MessagingException, IOException {
            try (InputStream in = part.getInputStream()) {
                byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxAttachmentBytes + 1));
                if (content.length > maxAttachmentBytes) {
                    return new Attachment(fileName, contentType.toLowerCase(Locale.ROOT), content.length, null);
                }
                return new Attachment(fileName, contentType.toLowerCase(Locale.ROOT), content.length, content);
            }
        }

        private static String fileName(Part part) {
            try {
                String name = part.getFileName();
                return name == null ? null : MimeUtility.decodeText(name);
            } catch (MessagingException | java.io.UnsupportedEncodingException e) {
                return null;
            }
        }

        private static ContentType safeContentType(String type) {
            try {
                return new ContentType(type);
            } catch (jakarta.mail.internet.ParseException e) {
                return new ContentType("application", "octet-stream", null);
            }
        }
    }

    /** A mail whose MIME structure cannot be read: it is quarantined whole. */
    public static final class UnreadableMail extends RuntimeException {
        UnreadableMail(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
