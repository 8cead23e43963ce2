package dev.claimdesk.mail;

/**
 * Anything the platform writes to a seller about, with its own mail thread: a claim, or a case of another module (a
 * counterfeit finding). Its reference tags the mails' subjects and signs their reply addresses.
 *
 * @param reference e.g. CLM-2026-000123 or CFN-2026-000007 (three letters, the year, six digits)
 * @param label what the case is, for the mails' footer, e.g. "Counterfeit (penalty appeal)"
 */
public record SellerCase(String reference, String shop, String shopName, String sellerEmail, String label) {}
