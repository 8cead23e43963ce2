package dev.claimdesk.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's users all share one password, set here (the demo profile sets it to "demo"). A fresh demo also gets a
 * made-up past: {@code historyClaims} closed claims, {@code historyRtvCases} closed RTV cases and {@code historyFindings}
 * decided counterfeit findings over the last {@code historyDays} days (0 = none).
 */
@ConfigurationProperties("claimdesk.demo")
public record DemoProperties(
        @DefaultValue("false") boolean enabled,
        String password,
        @DefaultValue("3000") int historyClaims,
        @DefaultValue("90") int historyDays,
        @DefaultValue("300") int historyRtvCases,
        @DefaultValue("200") int historyFindings) {}
