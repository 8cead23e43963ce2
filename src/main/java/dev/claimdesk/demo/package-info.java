/** Demo data for the default run (claimdesk.demo.enabled): users to log in with and a few claims in flight. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package dev.claimdesk.demo;
