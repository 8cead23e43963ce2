package dev.claimdesk.intake.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON strings as long as the largest API request: an attachment above the file limit is then read and refused with
 * the file's name (422), instead of Jackson's default 20 million characters cutting the body off mid-upload. The body
 * itself stays capped by {@link RequestSizeLimit}.
 */
@Configuration(proxyBeanMethods = false)
class IntakeJsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer longJsonStrings(IntakeProperties settings) {
        int longest =
                (int) Math.min(Integer.MAX_VALUE, settings.maxRequestSize().toBytes());
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory()
                .setStreamReadConstraints(
                        StreamReadConstraints.builder().maxStringLength(longest).build()));
    }
}
