/**
 * The marketplace's bill service, as job workers and other modules see it: account statements by period, their
 * transactions by trade type, payouts, and postings (adjustments, penalties and their reversals), each under an
 * idempotency key. Reached over HTTP (claimdesk.billing.*); the bundled reference service stands in by default.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing")
package dev.claimdesk.billing;
