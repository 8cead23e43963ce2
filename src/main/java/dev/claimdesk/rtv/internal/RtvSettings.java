package dev.claimdesk.rtv.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code claimdesk.rtv.*}: the RTV clocks in working days of the team's calendar, and the photo limit.
 *
 * @param pickupWorkingDays goods not collected within this many working days after the scheduled pickup date are not
 *     kept: the RTV closes with a notice
 * @param claimWorkingDays the wrong-return claim must be raised within this many working days after pickup (the
 *     seller guides' 5 workdays)
 * @param reminderWorkingDaysBefore the seller is reminded this many working days before the claim window closes
 * @param photoMaxSize the largest photo the warehouse staff may upload
 */
@ConfigurationProperties("claimdesk.rtv")
public record RtvSettings(
        @DefaultValue("5") int pickupWorkingDays,
        @DefaultValue("5") int claimWorkingDays,
        @DefaultValue("1") int reminderWorkingDaysBefore,
        @DefaultValue("10MB") DataSize photoMaxSize) {}
