package dev.claimdesk.tasks.internal;

import dev.claimdesk.tasks.TaskState;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Single tasks for changes; lists and access checks are {@link TaskSearch}'s. */
interface UserTaskRepository extends JpaRepository<UserTask, Long> {

    List<UserTask> findByStateAndCompletedAtBefore(TaskState state, Instant before);
}
