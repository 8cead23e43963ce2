/**
 * The runtime every feature stands on: the engine, database and mail server (embedded by default, real ones by
 * configuration), the application clock, health indicators and the startup reachability check.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package dev.claimdesk.platform;
