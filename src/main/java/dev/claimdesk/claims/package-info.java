/** Claims: what sellers raise, their status, their audit trail, and the ClaimHandling process that carries them. */
@org.springframework.modulith.ApplicationModule(displayName = "Claims")
package dev.claimdesk.claims;
