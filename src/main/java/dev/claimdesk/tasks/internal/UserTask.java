package dev.claimdesk.tasks.internal;

import dev.claimdesk.tasks.TaskState;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "user_task")
class UserTask {

    @Id
    @Column(name = "job_key")
    private long jobKey;

    @Column(name = "process_instance_key")
    private long processInstanceKey;

    @Column(name = "element_instance_key")
    private long elementInstanceKey;

    @Column(name = "process_id")
    private String processId;

    @Column(name = "element_id")
    private String elementId;

    private String name;

    @Column(name = "claim_reference")
    private String claimReference;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_task_candidate_group", joinColumns = @JoinColumn(name = "job_key"))
    @Column(name = "group_id")
    private Set<String> candidateGroups = new HashSet<>();

    private String assignee;

    @Column(name = "due_at")
    private Instant dueAt;

    private int priority;

    @Column(name = "form_id")
    private String formId;

    @Enumerated(EnumType.STRING)
    private TaskState state;

    /** The process variables when the task was created (JSON), shown with the task. */
    private String variables;

    /** The submitted, validated form values (JSON), kept until the engine confirms the completion. */
    private String completion;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Version
    private long version;

    protected UserTask() {}

    UserTask(NewTask task, Instant now) {
        this.jobKey = task.jobKey();
        this.processInstanceKey = task.processInstanceKey();
        this.elementInstanceKey = task.elementInstanceKey();
        this.processId = task.processId();
        this.elementId = task.elementId();
        this.name = task.name();
        this.claimReference = task.claimReference();
        this.candidateGroups = new HashSet<>(task.candidateGroups());
        this.assignee = task.assignee();
        this.dueAt = task.dueAt();
        this.priority = task.priority();
        this.formId = task.formId();
        this.variables = task.variablesJson();
        this.state = TaskState.OPEN;
        this.createdAt = now;
    }

    void assignTo(String assignee) {
        this.assignee = assignee;
    }

    void completing(String completionJson, String by, Instant now) {
        this.state = TaskState.COMPLETING;
        this.completion = completionJson;
        this.completedBy = by;
        this.completedAt = now;
    }

    void completed() {
        this.state = TaskState.COMPLETED;
    }

    void canceled() {
        this.state = TaskState.CANCELED;
    }

    long jobKey() {
        return jobKey;
    }

    long processInstanceKey() {
        return processInstanceKey;
    }

    long elementInstanceKey() {
        return elementInstanceKey;
    }

    String processId() {
        return processId;
    }

    String elementId() {
        return elementId;
    }

    String name() {
        return name;
    }

    String claimReference() {
        return claimReference;
    }

    Set<String> candidateGroups() {
        return candidateGroups;
    }

    String assignee() {
        return assignee;
    }

    Instant dueAt() {
        return dueAt;
    }

    int priority() {
        return priority;
    }

    String formId() {
        return formId;
    }

    TaskState state() {
        return state;
    }

    String variables() {
        return variables;
    }

    String completion() {
        return completion;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant completedAt() {
        return completedAt;
    }

    String completedBy() {
        return completedBy;
    }
}
