/** Who may do what: form login for people, roles, the back office's users. */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package dev.claimdesk.security;
