package dev.claimdesk.orders.internal;

import dev.claimdesk.orders.Orders;
import dev.claimdesk.platform.OutsideService;
import dev.claimdesk.platform.OutsideServiceSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.web.client.RestClient;

/** The order service client, set by {@code claimdesk.orders.*} (base-url, token, timeouts, retry). */
@Configuration(proxyBeanMethods = false)
class OrdersConfiguration {

    static final String PREFIX = "claimdesk.orders";

    @Bean
    Orders orders(ConfigurableEnvironment environment, RestClient.Builder restClientBuilder) {
        var settings = Binder.get(environment).bindOrCreate(PREFIX, OutsideServiceSettings.class);
        return new HttpOrders(new OutsideService("order service", settings, restClientBuilder, environment));
    }
}
