package dev.claimdesk.intake.internal;

import dev.claimdesk.security.BearerTokenFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The intake API answers integrations that present their bearer token (stateless, no cookies, so no CSRF); the
 * seller's form is public but needs a signed link and carries a CSRF token like every other form.
 */
@Configuration(proxyBeanMethods = false)
class IntakeSecurityConfiguration {

    static final String INTEGRATION = "INTEGRATION";

    @Bean
    @Order(3)
    SecurityFilterChain intakeApiChain(HttpSecurity http, Integrations integrations) throws Exception {
        return http.securityMatcher("/api/v1/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(
                        new BearerTokenFilter(
                                token -> integrations.byToken(token).map(i -> i.name()), INTEGRATION),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(INTEGRATION))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> BearerTokenFilter.problem(
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "Send the integration's token: Authorization: Bearer <token>."))
                        .accessDeniedHandler((request, response, ex) -> BearerTokenFilter.problem(
                                response, HttpStatus.FORBIDDEN, "This token may not do that.")))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain sellerFormChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/seller/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }
}
