package dev.claimdesk.mail;

import java.util.Map;
import java.util.Objects;

/**
 * A notice to a seller about a case that is not a claim (e.g. an RTV case), before it is rendered: sent to the shop's
 * registered address and threaded under the case's reference.
 *
 * @param caseReference e.g. RTV-2026-000001; the mail's thread
 * @param caseLabel what the case is, for the footer, e.g. "Wrong-return RTV"
 * @param sellerEmail the shop's registered address
 * @param shopName how the mail greets the seller
 * @param kind which template
 * @param idempotencyKey the same key queues the mail once
 * @param values what the template needs; null values are left out
 */
public record CaseMail(
        String caseReference,
        String caseLabel,
        String sellerEmail,
        String shopName,
        MailKind kind,
        String idempotencyKey,
        Map<String, Object> values) {

    public CaseMail {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(sellerEmail, "sellerEmail");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        values = OutgoingMail.present(values);
    }
}
