package dev.claimdesk.tasks.web;

import dev.claimdesk.tasks.TaskPage;
import dev.claimdesk.tasks.TaskProblem;
import dev.claimdesk.tasks.TaskQuery;
import dev.claimdesk.tasks.TaskView;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The task backend over HTTP (session login, CSRF token in the X-CSRF-TOKEN header for changes). */
@RestController
@RequestMapping("/api/tasks")
class TaskApiController {

    private final Tasks tasks;

    TaskApiController(Tasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    List<TaskView> list(
            @RequestParam(defaultValue = "MINE") TaskQuery.Queue queue,
            @RequestParam(required = false) String claim, // a claim's (or another case's) reference
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Authentication auth) {
        return tasks.search(
                        TaskQuery.of(queue).withSubjectReference(claim),
                        Worker.of(auth),
                        new TaskPage.Request(page, size))
                .tasks();
    }

    @GetMapping("/{key}")
    TaskView get(@PathVariable long key, Authentication auth) {
        return tasks.get(key, Worker.of(auth));
    }

    @PostMapping("/{key}/claim")
    TaskView claim(@PathVariable long key, Authentication auth) {
        return tasks.claim(key, Worker.of(auth));
    }

    @PostMapping("/{key}/unclaim")
    TaskView unclaim(@PathVariable long key, Authentication auth) {
        return tasks.unclaim(key, Worker.of(auth));
    }

    record Assignment(String assignee) {}

    @PostMapping("/{key}/assign")
    TaskView assign(@PathVariable long key, @RequestBody Assignment body, Authentication auth) {
        return tasks.assign(key, body.assignee(), Worker.of(auth));
    }

    /** Body: the form's fields by key; a checklist's value is a JSON array. */
    @PostMapping("/{key}/complete")
    TaskView complete(@PathVariable long key, @RequestBody Map<String, Object> body, Authentication auth) {
        Map<String, List<String>> formData = new LinkedHashMap<>();
        body.forEach((field, value) -> formData.put(
                field,
                value instanceof Collection<?> many
                        ? many.stream().map(String::valueOf).toList()
                        : value == null ? List.of() : List.of(String.valueOf(value))));
        return tasks.complete(key, formData, Worker.of(auth));
    }

    @ExceptionHandler(TaskProblem.class)
    ProblemDetail problem(TaskProblem problem) {
        HttpStatus status = switch (problem.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, problem.getMessage());
        if (!problem.fieldErrors().isEmpty()) {
            detail.setProperty("errors", problem.fieldErrors());
        }
        return detail;
    }
}
