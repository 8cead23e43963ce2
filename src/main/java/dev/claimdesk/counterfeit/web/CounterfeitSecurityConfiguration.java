package dev.claimdesk.counterfeit.web;

import dev.claimdesk.counterfeit.internal.CounterfeitSettings;
import dev.claimdesk.security.BearerTokenFilter;
import dev.claimdesk.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Who may see and record findings: the pages for brand protection, supervisors, managers and admins (recording for
 * brand protection only); the API for brand-protection systems with their bearer token (stateless, so no CSRF).
 */
@Configuration(proxyBeanMethods = false)
class CounterfeitSecurityConfiguration {

    static final String SYSTEM = "BRAND_PROTECTION_SYSTEM";

    @Bean
    @Order(6)
    SecurityFilterChain findingsApiChain(HttpSecurity http, CounterfeitSettings settings) throws Exception {
        return http.securityMatcher("/api/brand-protection/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(
                        new BearerTokenFilter(
                                token -> BearerTokenFilter.match(
                                                token,
                                                settings.getIntegrations(),
                                                CounterfeitSettings.Integration::token)
                                        .map(CounterfeitSettings.Integration::name),
                                SYSTEM),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(SYSTEM))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> BearerTokenFilter.problem(
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "Send the brand-protection system's token: Authorization: Bearer <token>."))
                        .accessDeniedHandler((request, response, ex) -> BearerTokenFilter.problem(
                                response, HttpStatus.FORBIDDEN, "This token may not do that.")))
                .build();
    }

    @Bean
    @Order(7)
    SecurityFilterChain findingPagesChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/findings", "/findings/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/findings")
                        .hasRole(Role.BRAND_PROTECTION.name())
                        .requestMatchers("/findings/new")
                        .hasRole(Role.BRAND_PROTECTION.name())
                        .anyRequest()
                        .hasAnyRole(
                                Role.BRAND_PROTECTION.name(),
                                Role.SUPERVISOR.name(),
                                Role.MANAGER.name(),
                                Role.ADMIN.name()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "frame-ancestors 'self'")))
                .build();
    }
}
