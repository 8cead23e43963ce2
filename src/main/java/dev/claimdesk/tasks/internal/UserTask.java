package dev.claimdesk.tasks.internal;

import dev.claimdesk.tasks.SubjectFacts;
import dev.claimdesk.tasks.TaskState;
import dev.claimdesk.tasks.TaskSubject;
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

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_reference")
    private String subjectReference;

    /** The subject's facts the list filters on (see {@link SubjectFacts}). */
    private String category;

    private String shop;

    @Column(name = "shop_name")
    private String shopName;

    private String country;

    @Column(name = "order_number")
    private String orderNumber;

    @Column(name = "subject_status")
    private String subjectStatus;

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

    /** Why the task came back to its queue, and since when (null for a first task). */
    @Column(name = "reopened_by")
    private String reopenedBy;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

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
        if (task.subject() != null) {
            this.subjectType = task.subject().type();
            this.subjectReference = task.subject().reference();
        }
        SubjectFacts facts = task.facts() == null ? SubjectFacts.NONE : task.facts();
        this.category = facts.category();
        this.shop = facts.shop();
        this.shopName = facts.shopName();
        this.country = facts.country();
        this.orderNumber = facts.orderNumber();
        this.subjectStatus = facts.status();
        this.candidateGroups = new HashSet<>(task.candidateGroups());
        this.assignee = task.assignee();
        this.dueAt = task.dueAt();
        this.priority = task.priority();
        this.formId = task.formId();
        if (task.reopened() != null) {
            this.reopenedBy = task.reopened().reason();
            this.reopenedAt = task.reopened().at();
        }
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

    TaskSubject subject() {
        return subjectType == null ? null : new TaskSubject(subjectType, subjectReference);
    }

    SubjectFacts facts() {
        return new SubjectFacts(category, shop, shopName, country, orderNumber, subjectStatus);
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
