package dev.claimdesk.mail.internal;

import dev.claimdesk.platform.AfterCommit;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What operations watch of the mail channel: mails to sellers sent, retried and given up
 * ({@code claimdesk.mails.outbound{outcome}}), and inbound mail quarantined ({@code claimdesk.mails.quarantined{reason}}).
 * Counted once the change commits.
 */
@Component
public class MailMetrics {

    private final MeterRegistry registry;

    MailMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void outbound(String outcome) {
        AfterCommit.run(() ->
                registry.counter("claimdesk.mails.outbound", "outcome", outcome).increment());
    }

    void quarantined(QuarantineReason reason) {
        AfterCommit.run(() -> registry.counter("claimdesk.mails.quarantined", "reason", reason.name())
                .increment());
    }
}
