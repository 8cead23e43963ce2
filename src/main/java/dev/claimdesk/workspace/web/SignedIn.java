package dev.claimdesk.workspace.web;

import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import dev.claimdesk.workspace.internal.TeamNames;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;

/** The signed-in person as a task worker, and safe return paths after actions. */
final class SignedIn {

    private SignedIn() {}

    static Worker worker(Authentication authentication) {
        return Worker.of(authentication);
    }

    /**
     * The teams a person may filter by (every team with tasks for supervisors, else their own), as id and name, sorted
     * by name.
     */
    static List<Map.Entry<String, String>> teamChoices(Worker worker, Tasks tasks, TeamNames.Lookup names) {
        List<String> ids = worker.supervisor() ? tasks.teamsWithTasks() : List.copyOf(worker.teams());
        return ids.stream()
                .map(id -> Map.entry(id, names.nameOf(id)))
                .sorted(Map.Entry.comparingByValue())
                .toList();
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
