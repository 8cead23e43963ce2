package dev.claimdesk.platform.internal;

import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.JobFailed;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter's own handling of a worker's exception (fail the job, retries minus one), plus what operations watch:
 * the counter {@code claimdesk.jobs.failed{type, incident}} and a {@link JobFailed} event, so the dashboard lists the
 * incidents that wait for a person. BPMN errors are business outcomes, not failures.
 */
@Configuration(proxyBeanMethods = false)
class ObservedJobFailures {

    @Bean
    JobExceptionHandlingStrategy jobExceptionHandlingStrategy(
            CommandExceptionHandlingStrategy commands,
            MetricsRecorder metricsRecorder,
            MeterRegistry registry,
            ApplicationEventPublisher events,
            AppClock clock) {
        var standard = new DefaultJobExceptionHandlingStrategy(commands, metricsRecorder);
        return (exception, context) -> {
            standard.handleException(exception, context);
            if (exception instanceof BpmnError) {
                return;
            }
            var job = context.job();
            int retriesLeft = exception instanceof JobError error && error.getRetries() != null
                    ? error.getRetries()
                    : job.getRetries() - 1;
            registry.counter(
                            "claimdesk.jobs.failed",
                            "type",
                            job.getType(),
                            "incident",
                            String.valueOf(retriesLeft <= 0))
                    .increment();
            Object reference = job.getVariablesAsMap().get("claimReference");
            events.publishEvent(new JobFailed(
                    job.getKey(),
                    job.getType(),
                    job.getProcessInstanceKey(),
                    job.getElementId(),
                    reference == null ? null : reference.toString(),
                    Math.max(retriesLeft, 0),
                    exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage(),
                    clock.instant()));
        };
    }
}
