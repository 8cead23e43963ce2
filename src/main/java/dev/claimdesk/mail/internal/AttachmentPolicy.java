package dev.claimdesk.mail.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which attachments of a seller's mail are kept: a declared type and a file extension that are both on the allowed
 * list (so an executable renamed .pdf but declared application/x-msdownload is refused), within the size and count
 * limits. A refused attachment is recorded with its reason, without its content.
 */
@Component
public class AttachmentPolicy {

    private final Set<String> allowed = new HashSet<>();
    private final long maxBytes;
    private final int maxCount;

    public AttachmentPolicy(MailSettings settings) {
        var attachments = settings.inbound().attachments();
        attachments.allowedTypes().forEach(t -> allowed.add(t.strip().toLowerCase(Locale.ROOT)));
        this.maxBytes = attachments.maxSize().toBytes();
        this.maxCount = attachments.maxCount();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Null when the attachment (the {@code index}-th of its mail, from 0) is kept; otherwise why it is not. */
    public String rejection(InboundMail.Attachment attachment, int index) {
        if (index >= maxCount) {
            return "more than " + maxCount + " attachments";
        }
        if (attachment.content() == null) {
            return "larger than " + (maxBytes / (1024 * 1024)) + " MB";
        }
        String name = attachment.fileName().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (!allowed.contains(attachment.contentType() + ":" + extension)) {
            return "type " + attachment.contentType() + " (." + extension + ") is not accepted";
        }
        return null;
    }
}
