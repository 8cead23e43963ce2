/** The English-only rule: claim text and emails both ways must be in English (offline detection). */
@org.springframework.modulith.ApplicationModule(displayName = "Language")
package dev.claimdesk.language;
