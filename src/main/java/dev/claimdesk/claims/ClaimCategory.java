package dev.claimdesk.claims;

import static dev.claimdesk.claims.ClaimField.*;

import java.util.List;
import java.util.Set;

/**
 * The claim categories of the seller center, each with the fields it requires and may carry (docs/domain.md, "Categories
 * and their fields"). Rules that need more than presence (an order's age, a second open bill claim, ...)
 * are checked at intake.
 */
public enum ClaimCategory {
    COUNTERFEIT_APPEAL(
            "Counterfeit (penalty appeal)",
            List.of(ORDER_NUMBER, SKU),
            List.of(COMMENT),
            Set.of(AttachmentKind.BRAND_AUTHORIZATION, AttachmentKind.AUTHENTICITY_STATEMENT),
            false),
    SEKO_WAREHOUSE(
            "SEKO warehouse (scan, delivery, lost package)",
            List.of(ORDER_NUMBER, TRACKING_NUMBER, EXPRESS_COMPANY, SEKO_PROBLEM),
            List.of(COMMENT),
            Set.of(),
            false),
    CANCEL_WRONG_ORDER(
            "Cancel wrong orders",
            List.of(ORDER_NUMBER, SKU, CANCEL_REASON),
            List.of(COMMENT, API_ENDPOINT, API_REQUEST, API_RESPONSE),
            Set.of(),
            true),
    BILL_DELAYED_RECEIVABLES(
            "Bill problem: delayed receivables", List.of(STATEMENT_PERIOD, AMOUNT), List.of(COMMENT), Set.of(), true),
    BILL_BREAKDOWN(
            "Bill problem: bill breakdown",
            List.of(STATEMENT_PERIOD, TRADE_TYPE, AMOUNT),
            List.of(COMMENT),
            Set.of(),
            true),
    WRONG_PRODUCT_RETURNED(
            "Wrong product returned (RTV appeal)",
            List.of(ORDER_NUMBER, SKU, RTV_REQUEST, PICKUP_DATE, APPEAL_REFERENCE),
            List.of(COMMENT),
            Set.of(AttachmentKind.PHOTO),
            false);

    private final String label;
    private final List<ClaimField> required;
    private final List<ClaimField> optional;
    private final Set<AttachmentKind> requiredAttachments;
    private final boolean commentOrAttachment;

    ClaimCategory(
            String label,
            List<ClaimField> required,
            List<ClaimField> optional,
            Set<AttachmentKind> requiredAttachments,
            boolean commentOrAttachment) {
        this.label = label;
        this.required = required;
        this.optional = optional;
        this.requiredAttachments = requiredAttachments;
        this.commentOrAttachment = commentOrAttachment;
    }

    public String label() {
        return label;
    }

    public List<ClaimField> requiredFields() {
        return required;
    }

    /** Required first, then optional: the order a form shows them in. */
    public List<ClaimField> fields() {
        return java.util.stream.Stream.concat(required.stream(), optional.stream())
                .toList();
    }

    public boolean allows(ClaimField field) {
        return required.contains(field) || optional.contains(field);
    }

    public Set<AttachmentKind> requiredAttachments() {
        return requiredAttachments;
    }

    /** The guides' "comment/attachment": at least one of the two. */
    public boolean needsCommentOrAttachment() {
        return commentOrAttachment;
    }

    /** The kinds of file a seller may attach: evidence always, plus what this category asks for. */
    public List<AttachmentKind> attachmentKinds() {
        var kinds = new java.util.ArrayList<AttachmentKind>();
        kinds.addAll(requiredAttachments.stream().sorted().toList());
        if (this == SEKO_WAREHOUSE) {
            kinds.add(AttachmentKind.SIGN_FOR_PROOF);
        }
        kinds.add(AttachmentKind.EVIDENCE);
        return List.copyOf(kinds);
    }

    public boolean needsOrder() {
        return required.contains(ORDER_NUMBER);
    }

    public boolean isBillProblem() {
        return this == BILL_DELAYED_RECEIVABLES || this == BILL_BREAKDOWN;
    }
}
