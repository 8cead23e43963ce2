package dev.claimdesk.orders;

/**
 * A shop on the marketplace.
 *
 * @param code the shop's stable identifier, e.g. "shenzhen-gadgets"
 * @param country the marketplace country it sells in
 * @param sellerCountry where the seller is (e.g. CN for cross-border sellers)
 * @param email the registered seller address: claims' emails must come from it and replies go to it
 * @param currency the currency it is paid in
 */
public record Shop(String code, String name, String country, String sellerCountry, String email, String currency) {}
