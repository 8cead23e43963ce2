package dev.claimdesk.tasks;

import dev.claimdesk.security.Authorities;
import dev.claimdesk.security.Role;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * The person working tasks: their teams are the candidate groups they may pick from; a supervisor (or manager or
 * admin) sees and may assign every task. Who may see or work which task is decided by {@link Tasks}, in one place.
 */
public record Worker(String username, Set<String> teams, boolean supervisor) {

    /** The signed-in person as a worker: supervisors, managers and admins see every queue. */
    public static Worker of(Authentication authentication) {
        return new Worker(
                authentication.getName(),
                Authorities.teams(authentication),
                Authorities.hasAnyRole(authentication, Role.SUPERVISOR, Role.MANAGER, Role.ADMIN));
    }

    /** The queues this person has: their own tasks, their teams' unclaimed tasks, and for supervisors all tasks. */
    public List<TaskQuery.Queue> queues() {
        return supervisor
                ? List.of(TaskQuery.Queue.MINE, TaskQuery.Queue.TEAM, TaskQuery.Queue.ALL)
                : List.of(TaskQuery.Queue.MINE, TaskQuery.Queue.TEAM);
    }
}
