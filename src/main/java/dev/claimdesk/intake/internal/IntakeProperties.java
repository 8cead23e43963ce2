package dev.claimdesk.intake.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code claimdesk.intake.*}: the integrations allowed to submit claims (each with its own token and shops), the
 * attachment limits, the secret that signs links to the seller's form, how long a claim sent again without an
 * idempotency key counts as a duplicate, and the largest request body the API reads.
 */
@ConfigurationProperties("claimdesk.intake")
record IntakeProperties(
        List<Integration> integrations,
        @DefaultValue Attachments attachments,
        String sellerLinkSecret,
        @DefaultValue("7d") Duration sellerLinkValidity,
        @DefaultValue("10m") Duration duplicateWindow,
        @DefaultValue("150MB") DataSize maxRequestSize) {

    IntakeProperties {
        integrations = integrations == null ? List.of() : List.copyOf(integrations);
    }

    /** @param shops shop codes it may submit for; "*" = every shop */
    record Integration(
            String name, String token, @DefaultValue("*") Set<String> shops) {

        boolean mayActFor(String shop) {
            return shops.contains("*") || shops.contains(shop);
        }
    }

    record Attachments(
            @DefaultValue("10MB") DataSize maxFileSize,
            @DefaultValue("10") int maxFiles,

            @DefaultValue("application/pdf,image/jpeg,image/png,image/webp")
            Set<String> allowedTypes) {}
}
