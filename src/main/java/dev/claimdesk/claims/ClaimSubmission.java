package dev.claimdesk.claims;

/** What a seller submits. Category rules and validation grow with the intake issue. */
public record ClaimSubmission(
        String category, String shop, String sellerEmail, String country, String orderNumber, String description) {}
