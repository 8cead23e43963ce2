package dev.claimdesk.tasks.internal;

import dev.claimdesk.tasks.TaskState;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserTaskRepository extends JpaRepository<UserTask, Long> {

    @Query("select t from UserTask t where t.state = :state and t.assignee = :assignee"
            + " and (:claim is null or t.claimReference = :claim) order by t.dueAt asc, t.priority desc")
    List<UserTask> assignedTo(TaskState state, String assignee, String claim, Pageable page);

    @Query("select distinct t from UserTask t join t.candidateGroups g where t.state = :state and t.assignee is null"
            + " and g in :groups and (:claim is null or t.claimReference = :claim)"
            + " order by t.dueAt asc, t.priority desc")
    List<UserTask> unassignedIn(TaskState state, Collection<String> groups, String claim, Pageable page);

    @Query("select t from UserTask t where t.state = :state and (:claim is null or t.claimReference = :claim)"
            + " order by t.dueAt asc, t.priority desc")
    List<UserTask> allIn(TaskState state, String claim, Pageable page);

    @Query("select count(t) > 0 from UserTask t where t.claimReference = :claim"
            + " and (t.assignee = :me or t.completedBy = :me)")
    boolean workedBy(String claim, String me);

    @Query("select count(t) > 0 from UserTask t join t.candidateGroups g where t.claimReference = :claim"
            + " and g in :groups")
    boolean inGroups(String claim, Collection<String> groups);

    Optional<UserTask> findFirstByClaimReferenceAndStateOrderByCreatedAtDesc(String claimReference, TaskState state);

    List<UserTask> findByStateAndCompletedAtBefore(TaskState state, Instant before);
}
