package dev.claimdesk.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a signed-in person's roles and teams afresh on every request, so that an admin's change applies at their next
 * click (an agent added to a team sees its queue without signing in again), and a disabled user's session ends at
 * once. One primary-key read per request; only sessions of the login form are refreshed (machine tokens and test
 * users are not stored users).
 */
final class FreshAuthorities extends OncePerRequestFilter {

    private final UserAccounts accounts;

    FreshAuthorities(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof UsernamePasswordAuthenticationToken signedIn
                && signedIn.isAuthenticated()
                && signedIn.getDetails() instanceof WebAuthenticationDetails) {
            accounts.current(signedIn.getName()).ifPresent(now -> {
                if (!now.isEnabled()) {
                    SecurityContextHolder.clearContext();
                    var session = request.getSession(false);
                    if (session != null) {
                        session.invalidate();
                    }
                } else if (!new HashSet<>(now.getAuthorities()).equals(new HashSet<>(signedIn.getAuthorities()))) {
                    var fresh = UsernamePasswordAuthenticationToken.authenticated(
                            signedIn.getPrincipal(), null, now.getAuthorities());
                    fresh.setDetails(signedIn.getDetails());
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(fresh);
                    SecurityContextHolder.setContext(context);
                }
            });
        }
        chain.doFilter(request, response);
    }
}
