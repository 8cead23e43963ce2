package dev.claimdesk.security.internal;

import dev.claimdesk.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A back-office user: who they are, their roles and teams, whether they may sign in. */
@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    /** Comma-separated role names: a handful per user, never queried by role. */
    @Column(nullable = false)
    private String roles;

    /** Comma-separated team ids (the candidate groups of the processes' user tasks). */
    @Column(nullable = false)
    private String teams;

    @Column(nullable = false)
    private boolean enabled = true;

    protected AppUser() {}

    AppUser(String username) {
        this.username = username;
    }

    void update(String displayName, String passwordHash, Set<Role> roles, Set<String> teams) {
        this.passwordHash = passwordHash;
        edit(displayName, roles, teams);
    }

    void edit(String displayName, Set<Role> roles, Set<String> teams) {
        this.displayName = displayName;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.teams = String.join(",", new TreeSet<>(teams));
    }

    void enabled(boolean enabled) {
        this.enabled = enabled;
    }

    void passwordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    String displayName() {
        return displayName;
    }

    /** An admin who may sign in: the last one must stay. */
    boolean activeAdmin() {
        return enabled && roles().contains(Role.ADMIN);
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        return split(roles).stream().map(Role::valueOf).collect(Collectors.toSet());
    }

    Set<String> teams() {
        return split(teams);
    }

    private static Set<String> split(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
