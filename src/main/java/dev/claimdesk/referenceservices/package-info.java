/**
 * Bundled reference implementations of the marketplace's order service and bill service: their own tables, their
 * own token-protected HTTP APIs under /reference/orders-api and /reference/billing-api (the contracts in docs/api/),
 * and seeded demo data. They stand in for a marketplace's real services in the default run and in tests; the rest
 * of ClaimDesk reaches them only over HTTP, exactly as it would reach the real ones.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference services")
package dev.claimdesk.referenceservices;
