package dev.claimdesk.platform.internal;

import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.DatabaseOutage;
import dev.claimdesk.platform.JobFailed;
import dev.claimdesk.platform.PlatformProperties;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter's own handling of a worker's exception (fail the job, retries minus one), plus what operations watch:
 * the counter {@code claimdesk.jobs.failed{type, incident}} and a {@link JobFailed} event, so the dashboard lists the
 * incidents that wait for a person. BPMN errors are business outcomes, not failures. A failure because our own
 * database was out of reach keeps its retries and is offered again after {@code claimdesk.jobs.outage-backoff}
 * (ADR 0203): the starter would fail it at once with one retry less, and a minute's outage would turn every job then
 * running into an incident for a person to resolve.
 */
@Configuration(proxyBeanMethods = false)
class ObservedJobFailures {

    private static final Logger log = LoggerFactory.getLogger(ObservedJobFailures.class);

    @Bean
    JobExceptionHandlingStrategy jobExceptionHandlingStrategy(
            CommandExceptionHandlingStrategy commands,
            MetricsRecorder metricsRecorder,
            MeterRegistry registry,
            ApplicationEventPublisher events,
            AppClock clock,
            PlatformProperties settings) {
        var standard = new DefaultJobExceptionHandlingStrategy(commands, metricsRecorder);
        Duration outageBackoff = settings.jobs().outageBackoff();
        String inWords = DurationStyle.SIMPLE.print(
                outageBackoff, outageBackoff.toMillis() % 1000 == 0 ? ChronoUnit.SECONDS : ChronoUnit.MILLIS);
        return (thrown, context) -> {
            var job = context.job();
            boolean outage = DatabaseOutage.isCause(thrown);
            if (outage) {
                log.warn(
                        "Job {} ({}) failed, the database out of reach: offered again in {}, retries kept ({})",
                        job.getKey(),
                        job.getType(),
                        inWords,
                        job.getRetries());
            }
            Exception exception = outage
                    ? new JobError(
                            "the database is out of reach, tried again in " + inWords + ": " + thrown.getMessage(),
                            null,
                            job.getRetries(),
                            outageBackoff,
                            thrown)
                    : thrown;
            standard.handleException(exception, context);
            if (exception instanceof BpmnError) {
                return;
            }
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
            try {
                events.publishEvent(new JobFailed(
                        job.getKey(),
                        job.getType(),
                        job.getProcessInstanceKey(),
                        job.getElementId(),
                        reference == null ? null : reference.toString(),
                        Math.max(retriesLeft, 0),
                        exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage(),
                        clock.instant()));
            } catch (RuntimeException listing) {
                // the fail command is sent already: a listener's failure must not fail the job a second time
                log.warn(
                        "Job {} ({}) failed and could not be listed: {}",
                        job.getKey(),
                        job.getType(),
                        listing.getMessage());
            }
        };
    }
}
