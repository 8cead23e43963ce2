package dev.claimdesk.billing.internal;

import dev.claimdesk.billing.Billing;
import dev.claimdesk.platform.OutsideService;
import dev.claimdesk.platform.OutsideServiceSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.web.client.RestClient;

/** The bill service client, set by {@code claimdesk.billing.*} (base-url, token, timeouts, retry). */
@Configuration(proxyBeanMethods = false)
class BillingConfiguration {

    static final String PREFIX = "claimdesk.billing";

    @Bean
    Billing billing(ConfigurableEnvironment environment, RestClient.Builder restClientBuilder) {
        var settings = Binder.get(environment).bindOrCreate(PREFIX, OutsideServiceSettings.class);
        return new HttpBilling(new OutsideService("bill service", settings, restClientBuilder, environment));
    }
}
