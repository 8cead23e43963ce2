package dev.claimdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a machine client (a seller center, a brand-protection system) by its bearer token, with one
 * authority; anything else stays anonymous (and is refused by the chain's rules).
 */
public final class BearerTokenFilter extends OncePerRequestFilter {

    private final Function<String, Optional<String>> clientByToken;
    private final String authority;

    /** @param clientByToken the client's name for a token, if the token is known */
    public BearerTokenFilter(Function<String, Optional<String>> clientByToken, String authority) {
        this.clientByToken = clientByToken;
        this.authority = authority;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            clientByToken
                    .apply(header.substring(7).strip())
                    .ifPresent(client -> SecurityContextHolder.getContext()
                            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                    client, null, List.of(new SimpleGrantedAuthority(authority)))));
        }
        chain.doFilter(request, response);
    }

    /** Whether the given token is one of the known ones, compared in constant time. */
    public static <T> Optional<T> match(String token, Collection<T> clients, Function<T, String> tokenOf) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        return clients.stream()
                .filter(c -> tokenOf.apply(c) != null && !tokenOf.apply(c).isBlank())
                .filter(c -> MessageDigest.isEqual(given, tokenOf.apply(c).getBytes(StandardCharsets.UTF_8)))
                .findFirst();
    }

    /** An RFC 7807 problem for a refused machine request (the detail is a fixed text, never user input). */
    public static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
