package dev.claimdesk.referenceservices.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Makes up the reference services' token when none is configured, before any setting is bound: the reference APIs
 * require it and the order and bill clients send it ({@code claimdesk.orders.token} defaults to it), so the embedded
 * setup works without a secret in the main configuration. A configured token (e.g. the demo profile's) wins.
 */
public final class ServiceTokenDefault implements EnvironmentPostProcessor, Ordered {

    static final String TOKEN = "claimdesk.reference-services.token";

    @Override
    public int getOrder() {
        // after the config files are read, so that a configured token is seen
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean enabled = environment.getProperty("claimdesk.reference-services.enabled", Boolean.class, true);
        if (enabled && !StringUtils.hasText(environment.getProperty(TOKEN))) {
            String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource("claimdeskGeneratedServiceToken", Map.of(TOKEN, token)));
        }
    }
}
