package dev.claimdesk.claims;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A validated claim, ready to store (intake checks it first).
 *
 * @param shop the shop's code at the order service
 * @param sellerEmail the shop's registered address: the platform writes to it and accepts replies only from it
 * @param fields normalised values: dates ISO (2026-09-30), periods as 2026-09, amounts as plain decimals
 * @param channel where it came from, e.g. "api:seller-center" or "web"
 * @param submittedAt when the seller raised it, if not now (a claim taken over from another system keeps its
 *     deadlines)
 */
public record ClaimSubmission(
        ClaimCategory category,
        String shop,
        String shopName,
        String sellerEmail,
        String country,
        Map<ClaimField, String> fields,
        List<NewAttachment> attachments,
        String channel,
        Instant submittedAt) {

    public ClaimSubmission {
        fields = Map.copyOf(fields);
        attachments = List.copyOf(attachments);
    }

    /** A claim submitted now. */
    public ClaimSubmission(
            ClaimCategory category,
            String shop,
            String shopName,
            String sellerEmail,
            String country,
            Map<ClaimField, String> fields,
            List<NewAttachment> attachments,
            String channel) {
        this(category, shop, shopName, sellerEmail, country, fields, attachments, channel, null);
    }

    public String field(ClaimField field) {
        return fields.get(field);
    }

    /** A file as uploaded; its content is stored with the claim. */
    public record NewAttachment(AttachmentKind kind, String filename, String contentType, byte[] content) {}
}
