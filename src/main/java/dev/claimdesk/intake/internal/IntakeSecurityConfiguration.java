package dev.claimdesk.intake.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

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
                .addFilterBefore(new BearerTokenFilter(integrations), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(INTEGRATION))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> problem(
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "Send the integration's token: Authorization: Bearer <token>."))
                        .accessDeniedHandler((request, response, ex) ->
                                problem(response, HttpStatus.FORBIDDEN, "This token may not do that.")))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain sellerFormChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/seller/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + detail + "\"}");
    }

    /** Authenticates an integration by its bearer token; anything else stays anonymous (and is refused). */
    static final class BearerTokenFilter extends OncePerRequestFilter {

        private final Integrations integrations;

        BearerTokenFilter(Integrations integrations) {
            this.integrations = integrations;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                integrations
                        .byToken(header.substring(7).strip())
                        .ifPresent(integration -> SecurityContextHolder.getContext()
                                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                        integration.name(), null, List.of(new SimpleGrantedAuthority(INTEGRATION)))));
            }
            chain.doFilter(request, response);
        }
    }
}
