package dev.claimdesk.security;

import java.util.Set;

/** The back office's user accounts. */
public interface Users {

    /** Creates the user, or updates its name, roles, teams and password if it exists. */
    void saveUser(String username, String displayName, String rawPassword, Set<Role> roles, Set<String> teams);

    boolean exists(String username);
}
