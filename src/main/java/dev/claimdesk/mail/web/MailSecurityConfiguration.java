package dev.claimdesk.mail.web;

import dev.claimdesk.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The mail pages' own access rules, ahead of the back office's chain (same session, login page and CSRF token):
 * claim threads for every signed-in user, the quarantine for supervisors and admins, the demo page for admins.
 */
@Configuration(proxyBeanMethods = false)
class MailSecurityConfiguration {

    @Bean
    @Order(5)
    SecurityFilterChain mailPagesChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/mail/**", "/admin/mail-demo/**", "/claims/*/thread/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/mail/quarantine/**")
                        .hasAnyRole(Role.SUPERVISOR.name(), Role.ADMIN.name())
                        .requestMatchers("/admin/mail-demo/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(
                        headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'")))
                .build();
    }
}
