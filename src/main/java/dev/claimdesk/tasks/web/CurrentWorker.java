package dev.claimdesk.tasks.web;

import dev.claimdesk.security.Authorities;
import dev.claimdesk.security.Role;
import dev.claimdesk.tasks.Worker;
import org.springframework.security.core.Authentication;

/** The logged-in person as a task worker: supervisors, managers and admins see every queue. */
final class CurrentWorker {

    private CurrentWorker() {}

    static Worker of(Authentication authentication) {
        return new Worker(
                authentication.getName(),
                Authorities.teams(authentication),
                Authorities.hasAnyRole(authentication, Role.SUPERVISOR, Role.MANAGER, Role.ADMIN));
    }
}
