package dev.claimdesk.claims.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code claimdesk.claims.*}: the claim rules' clocks (docs/domain.md rules 3-5), in working days, handed to each
 * ClaimHandling instance when it starts, and how claims' processes are started (ADR 0060).
 *
 * @param reminderWorkingDaysBefore the seller is reminded this many working days before the reply deadline (0 = none
 *     before the deadline itself)
 * @param startSweepGrace a claim whose process has not registered it this long after submission is started again (a
 *     no-op in the engine if its process is running)
 * @param maxStartsInFlight start messages sent at once; more claims wait for the sweep instead of piling on the engine
 * @param startBackoff first pause of direct starts after the engine pushed back; doubles up to {@code
 *     startMaxBackoff}
 */
@ConfigurationProperties("claimdesk.claims")
record ClaimsSettings(
        @DefaultValue("3") int responseWorkingDays,
        @DefaultValue("3") int replyWorkingDays,
        @DefaultValue("1") int reminderWorkingDaysBefore,
        @DefaultValue("30s") Duration startSweepInterval,
        @DefaultValue("30s") Duration startSweepGrace,
        @DefaultValue("64") int maxStartsInFlight,
        @DefaultValue("500ms") Duration startBackoff,
        @DefaultValue("10s") Duration startMaxBackoff) {}
