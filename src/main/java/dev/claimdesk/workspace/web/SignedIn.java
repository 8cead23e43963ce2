package dev.claimdesk.workspace.web;

import dev.claimdesk.security.Authorities;
import dev.claimdesk.security.Role;
import dev.claimdesk.tasks.Worker;
import org.springframework.security.core.Authentication;

/** The signed-in person as a task worker: supervisors, managers and admins see every queue and every claim. */
final class SignedIn {

    private SignedIn() {}

    static Worker worker(Authentication authentication) {
        return new Worker(
                authentication.getName(),
                Authorities.teams(authentication),
                Authorities.hasAnyRole(authentication, Role.SUPERVISOR, Role.MANAGER, Role.ADMIN));
    }

    /** Where to go back to after an action: only a path of this application, never another site. */
    static String safeReturn(String returnTo, String fallback) {
        if (returnTo == null
                || !returnTo.startsWith("/")
                || returnTo.startsWith("//")
                || returnTo.contains("\\")
                || returnTo.contains("\r")
                || returnTo.contains("\n")) {
            return fallback;
        }
        return returnTo;
    }
}
