package dev.claimdesk.referenceservices.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code claimdesk.reference-services.*}: the bundled stand-ins for the order and bill services.
 *
 * @param token the bearer token both APIs require; made up at startup when not set (see {@link ServiceTokenDefault})
 * @param seed fill an empty reference database with demo shops, orders and bills
 */
@ConfigurationProperties("claimdesk.reference-services")
public record ReferenceServicesProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("true") boolean seed,
        String token) {}
