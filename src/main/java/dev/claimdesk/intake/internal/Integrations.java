package dev.claimdesk.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        return settings.integrations().stream()
                .filter(i -> i.token() != null && !i.token().isBlank())
                .filter(i -> MessageDigest.isEqual(given, i.token().getBytes(StandardCharsets.UTF_8)))
                .findFirst();
    }

    Optional<IntakeProperties.Integration> byName(String name) {
        return settings.integrations().stream()
                .filter(i -> i.name().equals(name))
                .findFirst();
    }
}
