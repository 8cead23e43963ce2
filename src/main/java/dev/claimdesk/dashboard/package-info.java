/**
 * The managers' dashboard: is the 3-working-day promise kept, where do claims pile up, how long each step takes. Its
 * figures are read models of the claims' audit trail, kept up to date as {@code claims.ClaimEvent}s commit (never
 * recomputed from all history per page view); durations are in working hours on the team's calendar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package dev.claimdesk.dashboard;
