package dev.claimdesk.tasks.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.forms.FormValidation;
import dev.claimdesk.forms.Forms;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.FaultPoints;
import dev.claimdesk.tasks.TaskEvent;
import dev.claimdesk.tasks.TaskPage;
import dev.claimdesk.tasks.TaskProblem;
import dev.claimdesk.tasks.TaskProblem.Kind;
import dev.claimdesk.tasks.TaskQuery;
import dev.claimdesk.tasks.TaskQuery.Queue;
import dev.claimdesk.tasks.TaskState;
import dev.claimdesk.tasks.TaskSubject;
import dev.claimdesk.tasks.TaskVariables;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class TaskService implements Tasks {

    private static final Logger log = LoggerFactory.getLogger(TaskService.class);
    private static final Duration COMPLETION_RETRY_AFTER = Duration.ofSeconds(30);
    private static final int STORE_ATTEMPTS = 3;

    private final UserTaskRepository repository;
    private final TaskSearch search;
    private final Forms forms;
    private final CamundaClient client;
    private final AppClock clock;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final FaultPoints faults;

    TaskService(
            UserTaskRepository repository,
            TaskSearch search,
            Forms forms,
            CamundaClient client,
            AppClock clock,
            ObjectMapper json,
            ApplicationEventPublisher events,
            TransactionTemplate tx,
            FaultPoints faults) {
        this.repository = repository;
        this.search = search;
        this.forms = forms;
        this.client = client;
        this.clock = clock;
        this.json = json;
        this.events = events;
        this.tx = tx;
        this.faults = faults;
    }

    /** A user-task job arrived: new task, or a known one delivered again (restart, job timeout). */
    void received(NewTask task) {
        UserTask known = store(task, 1);
        if (known != null && known.state() == TaskState.COMPLETING) {
            sendCompletion(known.jobKey());
        }
    }

    /**
     * Stores a new task, once. Tasks created at the same moment insert into the same queue index ranges, where the
     * database may end a lock cycle by rolling one transaction back: that one is tried again at once (it was rolled
     * back whole) instead of failing the job and waiting for the engine's redelivery.
     */
    private UserTask store(NewTask task, int attempt) {
        try {
            return storeOnce(task);
        } catch (PessimisticLockingFailureException lockCycle) {
            if (attempt >= STORE_ATTEMPTS) {
                throw lockCycle;
            }
            log.debug("Task {} lost a lock cycle, storing it again (attempt {})", task.jobKey(), attempt + 1);
            return store(task, attempt + 1);
        }
    }

    private UserTask storeOnce(NewTask task) {
        return tx.execute(status -> {
            var existing = repository.findById(task.jobKey());
            if (existing.isEmpty()) {
                // flushed now: listeners of the event below (the subject's owner) update the row with SQL
                repository.saveAndFlush(new UserTask(task, clock.instant()));
                search.syncQueue(task.jobKey());
                events.publishEvent(new TaskEvent(
                        TaskEvent.Type.CREATED,
                        task.jobKey(),
                        task.name(),
                        task.subject(),
                        "system",
                        task.assignee(),
                        Map.of()));
                return null;
            }
            return existing.get();
        });
    }

    @Override
    public TaskPage search(TaskQuery query, Worker worker, TaskPage.Request page) {
        if (query.queue() == Queue.ALL && !worker.supervisor()) {
            throw new TaskProblem(Kind.FORBIDDEN, "Only supervisors see all tasks.");
        }
        Map<Queue, Long> counts = search.counts(query, worker, page.countCap());
        // a first visit opens the person's own work if there is any, else what their teams have waiting
        Queue queue = query.queue() != null
                ? query.queue()
                : counts.getOrDefault(Queue.MINE, 0L) > 0 ? Queue.MINE : Queue.TEAM;
        return new TaskPage(
                search.page(query, queue, worker, page),
                queue,
                counts.getOrDefault(queue, 0L),
                counts,
                page.number(),
                page.size(),
                page.countCap());
    }

    @Override
    public TaskView get(long taskKey, Worker worker) {
        visible(taskKey, worker);
        return search.byKey(taskKey).orElseThrow();
    }

    @Override
    public Optional<TaskView> openTaskOf(TaskSubject subject) {
        return search.openTaskOf(subject, null);
    }

    @Override
    public Optional<TaskView> openTaskOf(TaskSubject subject, Worker worker) {
        return search.openTaskOf(subject, worker);
    }

    @Override
    public List<TaskView> historyOf(TaskSubject subject) {
        return search.historyOf(subject);
    }

    @Override
    public List<String> teamsWithTasks() {
        return search.teamsWithTasks();
    }

    @Override
    public boolean mayView(TaskSubject subject, Worker worker) {
        return worker.supervisor() || search.mayView(subject, worker);
    }

    @Override
    public String mayViewCondition(
            String subjectType, String referenceColumn, Worker worker, MapSqlParameterSource params) {
        return TaskAccess.subjectVisible(subjectType, referenceColumn, worker, params);
    }

    @Override
    public String inTeamCondition(
            String subjectType, String referenceColumn, String team, MapSqlParameterSource params) {
        return TaskAccess.subjectInTeam(subjectType, referenceColumn, team, params);
    }

    @Override
    public void subjectStatus(TaskSubject subject, String status) {
        search.subjectStatus(subject, status);
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
                    task.subject(),
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
                    TaskEvent.Type.UNCLAIMED, taskKey, task.name(), task.subject(), worker.username(), null, Map.of());
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
                    task.subject(),
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
                    task.subject(),
                    worker.username(),
                    task.assignee(),
                    values);
        });
        sendCompletion(taskKey);
        return search.byKey(taskKey).orElse(view);
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
            values.put(TaskVariables.COMPLETED_BY, task.completedBy());
            faults.reach(FaultPoints.TASK_COMPLETING_BEFORE_ENGINE);
            client.newCompleteCommand(taskKey).variables(values).send().join();
            faults.reach(FaultPoints.TASK_COMPLETED_BEFORE_MARK);
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
        tx.executeWithoutResult(status -> repository.findById(taskKey).ifPresent(task -> {
            task.completed();
            repository.flush();
            search.syncQueue(taskKey);
        }));
    }

    private Map<String, Object> validated(UserTask task, Map<String, List<String>> formData) {
        if (task.formId() == null) {
            return Map.of();
        }
        FormValidation result = forms.validate(task.formId(), formData, read(task.variables()));
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
            repository.flush();
            search.syncQueue(taskKey);
            return search.byKey(taskKey).orElseThrow();
        });
    }

    private UserTask visible(long taskKey, Worker worker) {
        UserTask task = repository
                .findById(taskKey)
                .orElseThrow(() -> new TaskProblem(Kind.NOT_FOUND, "No task " + taskKey + "."));
        if (!search.mayWork(taskKey, worker)) {
            throw new TaskProblem(Kind.FORBIDDEN, "This task belongs to another team.");
        }
        return task;
    }

    private Map<String, Object> read(String value) {
        return value == null ? Map.of() : search.read(value);
    }

    private String write(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
