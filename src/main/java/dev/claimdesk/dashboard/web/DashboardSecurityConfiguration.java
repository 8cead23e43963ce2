package dev.claimdesk.dashboard.web;

import dev.claimdesk.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The dashboard is for managers, supervisors and admins (same session and login page as the back office); rebuilding its
 * figures for admins only.
 */
@Configuration(proxyBeanMethods = false)
class DashboardSecurityConfiguration {

    @Bean
    @Order(6)
    SecurityFilterChain dashboardChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/dashboard", "/dashboard/**")
                .authorizeHttpRequests(auth -> auth
                        // emptying and refilling the figures is an operator's act
                        .requestMatchers("/dashboard/rebuild")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .hasAnyRole(Role.MANAGER.name(), Role.SUPERVISOR.name(), Role.ADMIN.name()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "frame-ancestors 'self'")))
                .build();
    }
}
