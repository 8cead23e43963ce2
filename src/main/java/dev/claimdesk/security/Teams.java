package dev.claimdesk.security;

import java.util.List;

/** The teams admins keep at /admin/teams: data, not constants (issue 17). */
public interface Teams {

    /** Every team, by name. */
    List<Team> all();

    /** The team's name for its id; the id itself for a queue no team record names (an old or a process-only one). */
    String nameOf(String teamId);
}
