package dev.claimdesk.rtv.web;

import dev.claimdesk.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The RTV pages' own access rules, ahead of the back office's chain (same session, login page and CSRF token): the
 * warehouse staff, and the agents who verify wrong-return claims against the case, see the cases; only the warehouse
 * staff (and supervisors, admins) add photos.
 */
@Configuration(proxyBeanMethods = false)
class RtvSecurityConfiguration {

    @Bean
    @Order(6)
    SecurityFilterChain rtvPagesChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/rtv", "/rtv/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/rtv/*/photos")
                        .hasAnyRole(Role.WAREHOUSE.name(), Role.SUPERVISOR.name(), Role.ADMIN.name())
                        .anyRequest()
                        .hasAnyRole(
                                Role.WAREHOUSE.name(),
                                Role.AGENT.name(),
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
