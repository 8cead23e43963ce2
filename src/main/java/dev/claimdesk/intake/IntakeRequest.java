package dev.claimdesk.intake;

import java.util.List;
import java.util.Map;

/**
 * A claim as a seller center or the seller's form sends it, before any check.
 *
 * @param fields raw values by field key (see {@link dev.claimdesk.claims.ClaimField#key()}); a field sent several
 *     times (e.g. two trade types) has several values
 * @param usePhotosOnFile a wrong-return claim takes the photos the warehouse took at the on-site appeal as its own
 *     (ADR 0150), so the seller need not upload any
 */
public record IntakeRequest(
        String category,
        String shop,
        String country,
        Map<String, List<String>> fields,
        List<Upload> attachments,
        boolean usePhotosOnFile) {

    public IntakeRequest {
        fields = Map.copyOf(fields);
        attachments = List.copyOf(attachments);
    }

    /** A claim with only its own attachments. */
    public IntakeRequest(
            String category, String shop, String country, Map<String, List<String>> fields, List<Upload> attachments) {
        this(category, shop, country, fields, attachments, false);
    }

    /** A file as received; {@code kind} names an {@link dev.claimdesk.claims.AttachmentKind} (default EVIDENCE). */
    public record Upload(String kind, String filename, String contentType, byte[] content) {}
}
