package dev.claimdesk.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Reads a logged-in person's roles and teams from their authentication. */
public final class Authorities {

    /** Team memberships are authorities too ("TEAM_billing"), so access rules can say "member of team X". */
    public static final String TEAM_PREFIX = "TEAM_";

    private Authorities() {}

    public static Set<String> teams(Authentication authentication) {
        return names(authentication).stream()
                .filter(a -> a.startsWith(TEAM_PREFIX))
                .map(a -> a.substring(TEAM_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    public static boolean hasAnyRole(Authentication authentication, Role... roles) {
        Set<String> granted = names(authentication);
        return Arrays.stream(roles).map(Role::authority).anyMatch(granted::contains);
    }

    private static Set<String> names(Authentication authentication) {
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
    }
}
