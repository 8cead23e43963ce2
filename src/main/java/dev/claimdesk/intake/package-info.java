/**
 * Claim intake: the seller center's REST API and the seller's "Raise a claim" form, with every category's rules
 * (docs/domain.md), idempotent submissions and clear errors that name each wrong or missing field.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package dev.claimdesk.intake;
