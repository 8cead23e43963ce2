package dev.claimdesk.intake;

/** Signed links to the seller's claim form: the seller center hands them to a logged-in seller. */
public interface SellerLinks {

    /** A path with the shop, an expiry and an HMAC signature, e.g. /seller/claims/new?shop=..&expires=..&sig=.. */
    String formLink(String shop);
}
