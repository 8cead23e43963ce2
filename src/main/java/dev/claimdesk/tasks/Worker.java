package dev.claimdesk.tasks;

import java.util.Set;

/**
 * The person working tasks: their teams are the candidate groups they may pick from; a supervisor (or manager or
 * admin) sees and may assign every task.
 */
public record Worker(String username, Set<String> teams, boolean supervisor) {

    public boolean mayWork(TaskView task) {
        return supervisor
                || username.equals(task.assignee())
                || task.candidateGroups().stream().anyMatch(teams::contains);
    }
}
