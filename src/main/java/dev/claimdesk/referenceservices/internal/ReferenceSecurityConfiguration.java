package dev.claimdesk.referenceservices.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The reference APIs are machine-to-machine: a bearer token in the Authorization header, no session, no CSRF (no
 * cookie is ever accepted, so there is nothing to forge), 401 without the right token. Ordered before the back
 * office's chain (10) and after the actuator's (1).
 */
@Configuration(proxyBeanMethods = false)
@EnabledReferenceServices
class ReferenceSecurityConfiguration {

    static final String ROLE = "REFERENCE_CLIENT";

    @Bean
    @Order(5)
    SecurityFilterChain referenceServicesChain(HttpSecurity http, ReferenceServicesProperties properties)
            throws Exception {
        if (!StringUtils.hasText(properties.token())) {
            throw new IllegalStateException("claimdesk.reference-services.token is empty");
        }
        return http.securityMatcher("/reference/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .addFilterBefore(new BearerTokenFilter(properties.token()), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(ROLE))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> unauthorized(response)))
                .build();
    }

    private static void unauthorized(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"claimdesk-reference-services\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"title\":\"Unauthorized\",\"status\":401,\"code\":\"UNAUTHORIZED\","
                        + "\"detail\":\"A valid service token is required (Authorization: Bearer <token>)\"}");
    }

    /** Authenticates a request whose bearer token equals the configured one (compared in constant time). */
    static final class BearerTokenFilter extends OncePerRequestFilter {

        private final byte[] token;

        BearerTokenFilter(String token) {
            this.token = token.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                byte[] presented = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
                if (MessageDigest.isEqual(presented, token)) {
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            "reference-client", null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
                    SecurityContextHolder.setContext(context);
                }
            }
            chain.doFilter(request, response);
        }
    }
}
