package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.platform.AfterCommit;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What managers watch in Prometheus/Grafana: claims in, outcomes out, SLA breaches, and the backlog by status.
 * Counters move when the change commits, so a rolled-back step is never counted.
 */
@Component
class ClaimMetrics {

    private final MeterRegistry registry;

    ClaimMetrics(MeterRegistry registry, ClaimRepository claims) {
        this.registry = registry;
        for (ClaimStatus status : ClaimStatus.values()) {
            if (status.isOpen()) {
                Gauge.builder("claimdesk.claims.open", () -> claims.countByStatus(status))
                        .description("Claims in this status now (the backlog)")
                        .tag("status", status.name())
                        .register(registry);
            }
        }
    }

    void submitted(String category, String channel) {
        count("claimdesk.claims.submitted", "Claims received", "category", category, "channel", channelKind(channel));
    }

    void closed(ClaimStatus outcome, String category) {
        count("claimdesk.claims.closed", "Claims closed, by outcome", "outcome", outcome.name(), "category", category);
    }

    void slaBreached(String category) {
        count("claimdesk.claims.sla.breaches", "First-response deadlines missed", "category", category, "team", "");
    }

    private void count(String name, String description, String... tags) {
        AfterCommit.run(() -> registry.counter(name, withoutEmpty(tags)).increment());
    }

    private static String[] withoutEmpty(String... tags) {
        var kept = new java.util.ArrayList<String>();
        for (int i = 0; i < tags.length; i += 2) {
            if (!tags[i + 1].isEmpty()) {
                kept.add(tags[i]);
                kept.add(tags[i + 1]);
            }
        }
        return kept.toArray(String[]::new);
    }

    /** "api:seller-center" -> "api": a bounded set of tag values. */
    private static String channelKind(String channel) {
        if (channel == null) {
            return "unknown";
        }
        int colon = channel.indexOf(':');
        return colon < 0 ? channel : channel.substring(0, colon);
    }
}
