package dev.claimdesk.claims;

import java.util.List;
import java.util.Map;

/** Everything stored about a claim, for its page and its process. */
public record ClaimDetails(
        ClaimSummary summary,
        ClaimCategory category,
        Map<ClaimField, String> fields,
        List<Attachment> attachments,
        ClaimDeadlines deadlines) {

    /** An attached file's description; its content comes from {@link Claims#attachmentContent}. */
    public record Attachment(long id, AttachmentKind kind, String filename, String contentType, long size) {}
}
