package dev.claimdesk.workspace.internal;

import dev.claimdesk.security.Team;
import dev.claimdesk.security.Teams;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Team names for a page: the admins' team table read once per page (not once per row), so that lists show "Seller
 * support" where the processes route to {@code seller-support}. A queue no team record names shows by its id.
 */
@Component
public class TeamNames {

    /** The names of one page's worth of teams. */
    public record Lookup(Map<String, String> names) {

        public String nameOf(String id) {
            return id == null ? null : names.getOrDefault(id, id);
        }

        /** "Seller support, Billing": a task's queues by name. */
        public String namesOf(Collection<String> ids) {
            return ids == null ? "" : ids.stream().map(this::nameOf).sorted().collect(Collectors.joining(", "));
        }
    }

    private final Teams teams;

    public TeamNames(Teams teams) {
        this.teams = teams;
    }

    public Lookup forPage() {
        return new Lookup(teams.all().stream().collect(Collectors.toMap(Team::id, Team::name, (a, b) -> a)));
    }
}
