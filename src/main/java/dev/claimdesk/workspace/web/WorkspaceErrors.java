package dev.claimdesk.workspace.web;

import dev.claimdesk.tasks.TaskProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** A refused or unknown task or claim is a page that says so, with the right status, inside the layout. */
@ControllerAdvice(assignableTypes = {TaskListController.class, TaskPageController.class, ClaimViewController.class})
class WorkspaceErrors {

    @ExceptionHandler(TaskProblem.class)
    ModelAndView taskProblem(TaskProblem problem) {
        HttpStatus status = switch (problem.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        return page(status, problem.getMessage());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView status(ResponseStatusException e) {
        return page(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason());
    }

    static ModelAndView page(HttpStatus status, String message) {
        var page = new ModelAndView("workspace/problem", status);
        page.addObject("status", status.value());
        page.addObject(
                "title",
                switch (status) {
                    case FORBIDDEN -> "Not in your queues";
                    case NOT_FOUND -> "Not found";
                    case CONFLICT -> "Already taken care of";
                    default -> status.getReasonPhrase();
                });
        page.addObject("message", message);
        return page;
    }
}
