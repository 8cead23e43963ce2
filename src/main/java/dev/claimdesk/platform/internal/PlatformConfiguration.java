package dev.claimdesk.platform.internal;

import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.EngineTime;
import dev.claimdesk.platform.PlatformProperties;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** With the embedded engine, the clock that moves with it is registered already (one per engine). */
    @Bean
    @ConditionalOnMissingBean
    AppClock appClock(PlatformProperties settings) {
        return new AppClock(Clock.system(settings.timeZone()));
    }

    @Bean
    EngineTime engineTime(AppClock clock, ObjectProvider<ZeebeTestEngine> embeddedEngine) {
        return new EngineTime(clock, embeddedEngine.getIfAvailable());
    }

    @Bean("engine")
    EngineHealthIndicator engineHealthIndicator(CamundaClient client) {
        return new EngineHealthIndicator(client);
    }

    @Bean("imap")
    ImapHealthIndicator imapHealthIndicator(PlatformProperties settings) {
        return new ImapHealthIndicator(settings.mail().imap());
    }
}
