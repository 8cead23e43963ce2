package dev.claimdesk.security.internal;

import dev.claimdesk.security.Role;
import dev.claimdesk.security.Team;
import java.util.List;

/** A user as the admin pages show it: roles and teams with their names. */
public record UserRow(String username, String displayName, List<Role> roles, List<Team> teams, boolean enabled) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean inTeam(String teamId) {
        return teams.stream().anyMatch(t -> t.id().equals(teamId));
    }
}
