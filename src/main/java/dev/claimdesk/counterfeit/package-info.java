/**
 * Counterfeit findings and their appeals: the brand-protection team records a finding, the CounterfeitAppeal process
 * notifies the seller, waits 2 working days for an appeal (a counterfeit claim or a reply to the notice with the
 * documents), has the team review it, and posts or reverses the penalty and delists the SKU.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Counterfeit")
package dev.claimdesk.counterfeit;
