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
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.teams = String.join(",", new TreeSet<>(teams));
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
