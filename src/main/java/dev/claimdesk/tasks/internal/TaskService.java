package dev.claimdesk.tasks.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.forms.FormValidation;
import dev.claimdesk.forms.Forms;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.tasks.TaskEvent;
import dev.claimdesk.tasks.TaskProblem;
import dev.claimdesk.tasks.TaskProblem.Kind;
import dev.claimdesk.tasks.TaskQuery;
import dev.claimdesk.tasks.TaskState;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class TaskService implements Tasks {

    private static final Logger log = LoggerFactory.getLogger(TaskService.class);
    private static final Duration COMPLETION_RETRY_AFTER = Duration.ofSeconds(30);

    private final UserTaskRepository repository;
    private final Forms forms;
    private final CamundaClient client;
    private final AppClock clock;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    TaskService(
            UserTaskRepository repository,
            Forms forms,
            CamundaClient client,
            AppClock clock,
            ObjectMapper json,
            ApplicationEventPublisher events,
            TransactionTemplate tx) {
        this.repository = repository;
        this.forms = forms;
        this.client = client;
        this.clock = clock;
        this.json = json;
        this.events = events;
        this.tx = tx;
    }

    /** A user-task job arrived: new task, or a known one delivered again (restart, job timeout). */
    void received(NewTask task) {
        UserTask known = tx.execute(status -> {
            var existing = repository.findById(task.jobKey());
            if (existing.isEmpty()) {
                repository.save(new UserTask(task, clock.instant()));
                events.publishEvent(new TaskEvent(
                        TaskEvent.Type.CREATED,
                        task.jobKey(),
                        task.name(),
                        task.claimReference(),
                        "system",
                        task.assignee(),
                        Map.of()));
                return null;
            }
            return existing.get();
        });
        if (known != null && known.state() == TaskState.COMPLETING) {
            sendCompletion(known.jobKey());
        }
    }

    @Override
    public List<TaskView> list(TaskQuery query, Worker worker) {
        var page = PageRequest.of(query.page(), query.size());
        List<UserTask> found = switch (query.queue()) {
            case MINE -> repository.assignedTo(TaskState.OPEN, worker.username(), query.claimReference(), page);
            case TEAM ->
                worker.teams().isEmpty()
                        ? List.of()
                        : repository.unassignedIn(TaskState.OPEN, worker.teams(), query.claimReference(), page);
            case ALL -> {
                if (!worker.supervisor()) {
                    throw new TaskProblem(Kind.FORBIDDEN, "Only supervisors see all tasks.");
                }
                yield repository.allIn(TaskState.OPEN, query.claimReference(), page);
            }
        };
        return found.stream().map(this::view).toList();
    }

    @Override
    public TaskView get(long taskKey, Worker worker) {
        return view(visible(taskKey, worker));
    }

    @Override
    public Optional<TaskView> openTaskOf(String claimReference) {
        return repository
                .findFirstByClaimReferenceAndStateOrderByCreatedAtDesc(claimReference, TaskState.OPEN)
                .map(this::view);
    }

    @Override
    public boolean mayView(String claimReference, Worker worker) {
        return worker.supervisor()
                || repository.workedBy(claimReference, worker.username())
                || (!worker.teams().isEmpty() && repository.inGroups(claimReference, worker.teams()));
    }

    @Override
    public TaskView claim(long taskKey, Worker worker) {
        return change(taskKey, worker, task -> {
            if (task.assignee() != null && !task.assignee().equals(worker.username())) {
                throw new TaskProblem(Kind.CONFLICT, "Already claimed by " + task.assignee() + ".");
            }
            task.assignTo(worker.username());
            return new TaskEvent(
                    TaskEvent.Type.CLAIMED,
                    taskKey,
                    task.name(),
                    task.claimReference(),
                    worker.username(),
                    worker.username(),
                    Map.of());
        });
    }

    @Override
    public TaskView unclaim(long taskKey, Worker worker) {
        return change(taskKey, worker, task -> {
            if (task.assignee() != null && !task.assignee().equals(worker.username()) && !worker.supervisor()) {
                throw new TaskProblem(Kind.FORBIDDEN, "Only " + task.assignee() + " or a supervisor can unclaim it.");
            }
            task.assignTo(null);
            return new TaskEvent(
                    TaskEvent.Type.UNCLAIMED,
                    taskKey,
                    task.name(),
                    task.claimReference(),
                    worker.username(),
                    null,
                    Map.of());
        });
    }

    @Override
    public TaskView assign(long taskKey, String assignee, Worker worker) {
        if (!worker.supervisor()) {
            throw new TaskProblem(Kind.FORBIDDEN, "Only supervisors assign tasks.");
        }
        if (assignee == null || assignee.isBlank()) {
            throw new TaskProblem(Kind.INVALID, "Name the person to assign the task to.");
        }
        return change(taskKey, worker, task -> {
            task.assignTo(assignee.strip());
            return new TaskEvent(
                    TaskEvent.Type.ASSIGNED,
                    taskKey,
                    task.name(),
                    task.claimReference(),
                    worker.username(),
                    assignee.strip(),
                    Map.of());
        });
    }

    @Override
    public TaskView complete(long taskKey, Map<String, List<String>> formData, Worker worker) {
        TaskView view = change(taskKey, worker, task -> {
            if (!worker.username().equals(task.assignee()) && !worker.supervisor()) {
                throw new TaskProblem(
                        Kind.CONFLICT,
                        task.assignee() == null
                                ? "Claim the task before completing it."
                                : "The task is claimed by " + task.assignee() + ".");
            }
            Map<String, Object> values = validated(task, formData);
            task.completing(write(values), worker.username(), clock.instant());
            return new TaskEvent(
                    TaskEvent.Type.COMPLETED,
                    taskKey,
                    task.name(),
                    task.claimReference(),
                    worker.username(),
                    task.assignee(),
                    values);
        });
        sendCompletion(taskKey);
        return repository.findById(taskKey).map(this::view).orElse(view);
    }

    /** Completions the engine has not confirmed (the application stopped, the engine was away) are sent again. */
    @Scheduled(fixedDelayString = "${claimdesk.tasks.completion-retry-interval:30s}")
    void retryCompletions() {
        repository
                .findByStateAndCompletedAtBefore(
                        TaskState.COMPLETING, clock.instant().minus(COMPLETION_RETRY_AFTER))
                .forEach(task -> sendCompletion(task.jobKey()));
    }

    private void sendCompletion(long taskKey) {
        UserTask task = repository.findById(taskKey).orElseThrow();
        try {
            Map<String, Object> values = new LinkedHashMap<>(read(task.completion()));
            values.put("completedBy", task.completedBy());
            client.newCompleteCommand(taskKey).variables(values).send().join();
            markCompleted(taskKey);
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                // the job is gone: either an earlier send went through before we could record it, or the
                // process moved on; in both cases nothing is left to do in the engine
                markCompleted(taskKey);
            } else {
                log.warn("Completion of task {} not confirmed yet (will retry): {}", taskKey, e.getMessage());
            }
        } catch (RuntimeException e) {
            log.warn("Completion of task {} not confirmed yet (will retry): {}", taskKey, e.getMessage());
        }
    }

    private void markCompleted(long taskKey) {
        tx.executeWithoutResult(status -> repository.findById(taskKey).ifPresent(UserTask::completed));
    }

    private Map<String, Object> validated(UserTask task, Map<String, List<String>> formData) {
        if (task.formId() == null) {
            return Map.of();
        }
        FormValidation result = forms.validate(task.formId(), formData);
        if (!result.isValid()) {
            throw new TaskProblem(Kind.INVALID, "Please correct the marked fields.", result.errors());
        }
        return result.values();
    }

    private TaskView change(long taskKey, Worker worker, java.util.function.Function<UserTask, TaskEvent> action) {
        return tx.execute(status -> {
            UserTask task = visible(taskKey, worker);
            if (task.state() != TaskState.OPEN) {
                throw new TaskProblem(
                        Kind.CONFLICT, "The task is " + task.state().name().toLowerCase() + ".");
            }
            events.publishEvent(action.apply(task));
            return view(task);
        });
    }

    private UserTask visible(long taskKey, Worker worker) {
        UserTask task = repository
                .findById(taskKey)
                .orElseThrow(() -> new TaskProblem(Kind.NOT_FOUND, "No task " + taskKey + "."));
        if (!worker.mayWork(view(task))) {
            throw new TaskProblem(Kind.FORBIDDEN, "This task belongs to another team.");
        }
        return task;
    }

    private TaskView view(UserTask t) {
        return new TaskView(
                t.jobKey(),
                t.name(),
                t.processId(),
                t.elementId(),
                t.processInstanceKey(),
                t.claimReference(),
                new TreeSet<>(t.candidateGroups()),
                t.assignee(),
                t.dueAt(),
                t.priority(),
                t.formId(),
                t.state(),
                t.createdAt(),
                t.completedAt(),
                t.completedBy(),
                read(t.variables()));
    }

    private Map<String, Object> read(String value) {
        if (value == null) {
            return Map.of();
        }
        try {
            return json.readValue(value, new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
