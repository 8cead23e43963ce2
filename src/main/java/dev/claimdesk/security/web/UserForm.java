package dev.claimdesk.security.web;

import dev.claimdesk.security.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The fields of the user forms, as posted (kept to show them again with their messages). */
public class UserForm {

    private String username = "";
    private String displayName = "";
    private String password = "";
    private List<String> roles = new ArrayList<>();
    private List<String> teams = new ArrayList<>();
    private boolean enabled = true;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public List<String> getTeams() {
        return teams;
    }

    public void setTeams(List<String> teams) {
        this.teams = teams == null ? new ArrayList<>() : teams;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The chosen roles; a name that is no role is ignored (the checkboxes offer only roles). */
    Set<Role> chosenRoles() {
        Set<Role> out = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (roles.contains(role.name())) {
                out.add(role);
            }
        }
        return out;
    }

    Set<String> chosenTeams() {
        return new LinkedHashSet<>(teams);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.name());
    }

    public boolean inTeam(String team) {
        return teams.contains(team);
    }
}
