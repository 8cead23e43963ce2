package dev.claimdesk.claims.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code claimdesk.claims.*}: the claim rules' clocks (DOMAIN.md rules 3-5), in working days, handed to each
 * ClaimHandling instance when it starts.
 *
 * @param reminderWorkingDaysBefore the seller is reminded this many working days before the reply deadline (0 = none
 *     before the deadline itself)
 */
@ConfigurationProperties("claimdesk.claims")
record ClaimsSettings(
        @DefaultValue("3") int responseWorkingDays,
        @DefaultValue("3") int replyWorkingDays,
        @DefaultValue("1") int reminderWorkingDaysBefore,
        @DefaultValue("30s") Duration startSweepInterval) {}
