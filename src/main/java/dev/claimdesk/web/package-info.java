/** The back office's shell: login, the home page, the shared layout. Feature pages live in their own modules. */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package dev.claimdesk.web;
