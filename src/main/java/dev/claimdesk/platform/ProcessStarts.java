package dev.claimdesk.platform;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.springframework.stereotype.Component;

/**
 * Starts a case's process exactly once, however often and from wherever the start is sent (ADR 0060): the start is the
 * process's start message with the case reference as correlation key and message id and no time-to-live, so the
 * engine starts no second instance for a reference while one is active and drops a start sent meanwhile instead of
 * keeping it for later. A start that got no answer may therefore simply be sent again (the sweeps do).
 *
 * <p>The process's first step records its instance key with the case through {@link #register}; a case that already
 * has another instance (a start that raced the end of the first) gets its newcomer cancelled before it does anything
 * the seller or the team could see.
 */
@Component
public class ProcessStarts {

    private final CamundaClient client;

    ProcessStarts(CamundaClient client) {
        this.client = client;
    }

    /** Sends the start; the answer only says the engine took the message, not whether it started an instance. */
    public CompletionStage<?> start(String startMessage, String reference, Map<String, Object> variables) {
        return client.newPublishMessageCommand()
                .messageName(startMessage)
                .correlationKey(reference)
                .messageId(reference)
                // not buffered: a start sent while the case's process runs is dropped, never kept for later
                .timeToLive(Duration.ZERO)
                .variables(variables)
                .send();
    }

    /**
     * Ends the register job of a started process: completes it when {@code owner} is true (the case took this
     * instance's key, or already had it), else cancels this instance, a duplicate.
     */
    public void register(JobClient jobs, ActivatedJob job, boolean owner) {
        register(jobs, job, owner ? Optional.of(Map.of()) : Optional.empty());
    }

    /**
     * As {@link #register(JobClient, ActivatedJob, boolean)}, handing the owner's process {@code variables}; empty: this
     * instance is a duplicate.
     */
    public void register(JobClient jobs, ActivatedJob job, Optional<Map<String, Object>> variables) {
        variables.ifPresentOrElse(
                values -> jobs.newCompleteCommand(job).variables(values).send().join(),
                () -> client.newCancelInstanceCommand(job.getProcessInstanceKey())
                        .send()
                        .join());
    }
}
