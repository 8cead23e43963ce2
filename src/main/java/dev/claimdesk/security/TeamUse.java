package dev.claimdesk.security;

import java.util.Optional;

/**
 * Asked before a team is deleted: a module whose data names teams (the task queues) says why a team is still in use.
 * Implemented by the modules that own that data, so that security needs none of them.
 */
public interface TeamUse {

    /** Why the team cannot go yet ("3 open tasks in its queue"), or empty if this module does not use it. */
    Optional<String> inUse(String teamId);
}
