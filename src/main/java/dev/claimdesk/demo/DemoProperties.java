package dev.claimdesk.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The demo's users all share one password, set here (the demo profile sets it to "demo"). */
@ConfigurationProperties("claimdesk.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled, String password) {}
