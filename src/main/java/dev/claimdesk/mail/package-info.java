/**
 * The email channel with sellers: templated, threaded mail out through an outbox (exactly once per idempotency key,
 * retried while SMTP is down), and sellers' replies read back from the helpdesk mailbox into the right claim and
 * process (reply token, else subject reference plus In-Reply-To), with a quarantine for what cannot be matched.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package dev.claimdesk.mail;
