package dev.claimdesk.intake.internal;

import dev.claimdesk.security.BearerTokenFilter;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The configured integrations (seller centers) and their tokens. */
@Component
class Integrations {

    private final IntakeProperties settings;

    Integrations(IntakeProperties settings) {
        this.settings = settings;
    }

    /** The integration whose token this is; tokens are compared in constant time. */
    Optional<IntakeProperties.Integration> byToken(String token) {
        return BearerTokenFilter.match(token, settings.integrations(), IntakeProperties.Integration::token);
    }

    Optional<IntakeProperties.Integration> byName(String name) {
        return settings.integrations().stream()
                .filter(i -> i.name().equals(name))
                .findFirst();
    }
}
