package dev.claimdesk.tasks.internal;

import dev.claimdesk.security.TeamUse;
import dev.claimdesk.tasks.TaskState;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A team with tasks still open in its queue stays: deleting it would leave them with a queue nobody can join. */
@Component
class OpenTasksOfTeam implements TeamUse {

    private final JdbcClient jdbc;

    OpenTasksOfTeam(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> inUse(String teamId) {
        long open = jdbc.sql(
                        "SELECT COUNT(*) FROM user_task t JOIN user_task_candidate_group g ON g.job_key = t.job_key"
                                + " WHERE g.group_id = :team AND t.state IN (:open)")
                .param("team", teamId)
                .param("open", List.of(TaskState.OPEN.name(), TaskState.COMPLETING.name()))
                .query(Long.class)
                .single();
        return open == 0
                ? Optional.empty()
                : Optional.of(open + (open == 1 ? " open task" : " open tasks") + " in its queue");
    }
}
