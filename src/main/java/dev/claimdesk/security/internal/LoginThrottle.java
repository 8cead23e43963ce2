package dev.claimdesk.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles guessing at the sign-in form: after {@code claimdesk.security.login-max-failures} wrong passwords for one
 * username from one address within {@code claimdesk.security.login-lockout}, that pair is refused until the oldest of
 * those failures is that old; a successful sign-in clears the count. Kept per username and address, so that nobody can
 * lock a colleague out from elsewhere, and in memory, per instance (a restart forgets it).
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** More keys than this and the expired ones are dropped, so that a spray of made-up names cannot fill memory. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(
            Clock clock,
            @Value("${claimdesk.security.login-max-failures:5}") int maxFailures,
            @Value("${claimdesk.security.login-lockout:15m}") Duration lockout) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    /** Whether this username may try to sign in from this address now. */
    boolean allowed(String username, String address) {
        Deque<Instant> recent = failures.get(key(username, address));
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            expire(recent);
            return recent.size() < maxFailures;
        }
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        String address = address(failure.getAuthentication().getDetails());
        String username = failure.getAuthentication().getName();
        Deque<Instant> recent = failures.computeIfAbsent(key(username, address), k -> new ArrayDeque<>());
        synchronized (recent) {
            expire(recent);
            recent.addLast(clock.instant());
            if (recent.size() == maxFailures) {
                log.warn(
                        "Sign-in for '{}' from {} refused for {} after {} wrong passwords",
                        username,
                        address,
                        lockout,
                        maxFailures);
            }
        }
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(this::expiredAll);
        }
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        failures.remove(key(
                success.getAuthentication().getName(),
                address(success.getAuthentication().getDetails())));
    }

    /** The filter in front of the form login: a throttled pair goes back to the form with its own message. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod())
                        && "/login".equals(request.getServletPath())
                        && !allowed(request.getParameter("username"), request.getRemoteAddr())) {
                    response.sendRedirect(request.getContextPath() + "/login?error&locked");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private void expire(Deque<Instant> recent) {
        Instant horizon = clock.instant().minus(lockout);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
            recent.removeFirst();
        }
    }

    private boolean expiredAll(Deque<Instant> recent) {
        synchronized (recent) {
            expire(recent);
            return recent.isEmpty();
        }
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "|" + address;
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "?";
    }
}
