package dev.claimdesk.rtv.internal;

import dev.claimdesk.tasks.TaskVariables;
import org.springframework.util.StringUtils;

/** What the RTV workers share: the task completer's variable and the check of required inputs. */
final class RtvJobs {

    /** Set by the tasks module when a person completes a user task. */
    static final String COMPLETED_BY = TaskVariables.COMPLETED_BY;

    private RtvJobs() {}

    /** A variable the model must provide: its absence is a modelling error, reported in the job's incident. */
    static String required(String value, String variable) {
        if (!StringUtils.hasText(value)) {
            throw new IllegalArgumentException("Process variable '" + variable + "' is missing or empty");
        }
        return value.strip();
    }

    static String actor(String completedBy) {
        return StringUtils.hasText(completedBy) ? completedBy : RtvService.SYSTEM;
    }
}
