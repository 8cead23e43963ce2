package dev.claimdesk.tasks.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.tasks.Reopened;
import dev.claimdesk.tasks.SubjectFacts;
import dev.claimdesk.tasks.TaskSubject;
import dev.claimdesk.tasks.TaskVariables;
import dev.claimdesk.tasks.Tasks;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Receives every job-based user task of every process and records it as a task; it never completes the job itself
 * (a person does, through {@link Tasks#complete}). The job timeout only decides how soon a task is delivered again
 * after this application restarts; a delivery of a known task changes nothing.
 */
@Component
public class UserTaskWorker {

    static final String HEADER_FORM_KEY = "io.camunda.zeebe:formKey";
    static final String HEADER_CANDIDATE_GROUPS = "io.camunda.zeebe:candidateGroups";
    static final String HEADER_ASSIGNEE = "io.camunda.zeebe:assignee";
    static final String HEADER_DUE_DATE = "io.camunda.zeebe:dueDate";
    static final int DEFAULT_PRIORITY = 50;

    private final TaskService tasks;
    private final TaskNames names;
    private final ObjectMapper json;

    UserTaskWorker(TaskService tasks, TaskNames names, ObjectMapper json) {
        this.tasks = tasks;
        this.names = names;
        this.json = json;
    }

    @JobWorker(
            type = Tasks.USER_TASK_JOB_TYPE,
            autoComplete = false,
            timeout = 3_600_000L,
            maxJobsActive = 200,
            fetchAllVariables = true)
    public void onUserTask(ActivatedJob job) throws JsonProcessingException {
        Map<String, String> headers = job.getCustomHeaders();
        Map<String, Object> variables = job.getVariablesAsMap();
        tasks.received(new NewTask(
                job.getKey(),
                job.getProcessInstanceKey(),
                job.getElementInstanceKey(),
                job.getBpmnProcessId(),
                job.getElementId(),
                names.nameOf(job.getBpmnProcessId(), job.getElementId()),
                subject(variables),
                facts(variables),
                candidateGroups(headers.get(HEADER_CANDIDATE_GROUPS)),
                blankToNull(headers.get(HEADER_ASSIGNEE)),
                instant(headers.get(HEADER_DUE_DATE)),
                variables.get(TaskVariables.PRIORITY) instanceof Number n ? n.intValue() : DEFAULT_PRIORITY,
                formId(headers.get(HEADER_FORM_KEY)),
                json.writeValueAsString(variables),
                reopened(variables)));
    }

    /** A claim's task names the claim; a task of another case names its type and reference. */
    static TaskSubject subject(Map<String, Object> variables) {
        String type = text(variables, TaskVariables.SUBJECT_TYPE);
        String reference = text(variables, TaskVariables.SUBJECT_REFERENCE);
        if (type != null && reference != null) {
            return new TaskSubject(type, reference);
        }
        String claim = text(variables, TaskVariables.CLAIM_REFERENCE);
        return claim == null ? null : TaskSubject.claim(claim);
    }

    static SubjectFacts facts(Map<String, Object> variables) {
        return new SubjectFacts(
                text(variables, TaskVariables.CATEGORY),
                text(variables, TaskVariables.SHOP),
                text(variables, TaskVariables.SHOP_NAME),
                text(variables, TaskVariables.COUNTRY),
                text(variables, TaskVariables.ORDER_NUMBER),
                text(variables, TaskVariables.SUBJECT_STATUS));
    }

    /** Why the task came back, if its process says so; a malformed time keeps the reason without it. */
    static Reopened reopened(Map<String, Object> variables) {
        String reason = text(variables, TaskVariables.REOPENED_BY);
        return reason == null ? null : new Reopened(reason, instant(text(variables, TaskVariables.REOPENED_AT)));
    }

    private static String text(Map<String, Object> variables, String name) {
        return variables.get(name) instanceof String s && !s.isBlank() ? s : null;
    }

    private Set<String> candidateGroups(String header) throws JsonProcessingException {
        if (header == null || header.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(json.readValue(header, new TypeReference<List<String>>() {}));
    }

    /** "claimdesk:form:work-claim" or "work-claim": the id of a form in forms/. */
    static String formId(String formKey) {
        if (formKey == null || formKey.isBlank()) {
            return null;
        }
        return formKey.substring(formKey.lastIndexOf(':') + 1);
    }

    private static Instant instant(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            return null; // a malformed due date leaves the task without one rather than losing it
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
