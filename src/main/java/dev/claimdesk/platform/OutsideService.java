package dev.claimdesk.platform;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.PropertyResolver;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StringUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Calls one outside HTTP service with timeouts, a bearer token and retries with back-off for transient failures
 * only: 5xx, 408, 429, timeouts and refused connections. Any other error status is not retried: it is the service's
 * answer. Either way a failure ends as an {@link OutsideServiceException} that names the service and the operation
 * (never the token).
 *
 * <p>Retrying writes is safe only because every write of the order and bill services is idempotent (a cancellation
 * of an already cancelled item, a posting with an idempotency key already used, return the first result).
 */
public final class OutsideService {

    private static final Logger log = LoggerFactory.getLogger(OutsideService.class);

    private final String name;
    private final OutsideServiceSettings settings;
    private final RestClient.Builder builder;
    private final PropertyResolver placeholders;
    private volatile RestClient client;

    /**
     * @param name what the service is called in messages, e.g. "order service"
     * @param placeholders resolves {@code ${local.server.port}} in the base URL at the first call
     */
    public OutsideService(
            String name, OutsideServiceSettings settings, RestClient.Builder builder, PropertyResolver placeholders) {
        if (!StringUtils.hasText(settings.baseUrl())) {
            throw new IllegalArgumentException("The base URL of the " + name + " is not set");
        }
        this.name = name;
        this.settings = settings;
        this.builder = builder.clone();
        this.placeholders = placeholders;
    }

    public String name() {
        return name;
    }

    /**
     * Runs {@code request} (one HTTP exchange on the given client), trying again after a transient failure.
     *
     * @param operation what is asked, for messages, e.g. "GET order NG-240001"
     */
    public <T> T call(String operation, Function<RestClient, T> request) {
        RestClient rest = client();
        OutsideServiceSettings.Retry retry = settings.retry();
        for (int attempt = 1; ; attempt++) {
            OutsideServiceException failure;
            boolean transientFailure;
            try {
                return request.apply(rest);
            } catch (RestClientResponseException e) {
                int status = e.getStatusCode().value();
                transientFailure = status >= 500 || status == 408 || status == 429;
                failure = answered(operation, e, attempt);
            } catch (ResourceAccessException e) {
                // I/O: connect or read timeout, refused or reset connection
                transientFailure = true;
                failure = new OutsideServiceException(
                        name + " did not answer " + operation + " (" + attempts(attempt) + "): " + e.getMessage(),
                        null,
                        null,
                        null,
                        e);
            } catch (RestClientException e) {
                // an answer we cannot read: retrying would read the same
                throw new OutsideServiceException(
                        name + " sent an unreadable answer to " + operation + ": " + e.getMessage(),
                        null,
                        null,
                        null,
                        e);
            }
            if (!transientFailure || attempt >= retry.maxAttempts()) {
                throw failure;
            }
            Duration pause = retry.backoffAfter(attempt);
            log.warn("{} failed ({}); trying again in {} ms", operation, failure.getMessage(), pause.toMillis());
            pause(pause, failure);
        }
    }

    private OutsideServiceException answered(String operation, RestClientResponseException e, int attempt) {
        Problem problem = readProblem(e);
        String detail = problem == null ? null : problem.detail();
        String message = name + " answered " + e.getStatusCode().value() + " to " + operation
                + (attempt > 1 ? " (" + attempts(attempt) + ")" : "")
                + (detail == null ? "" : ": " + detail);
        return new OutsideServiceException(
                message, e.getStatusCode().value(), problem == null ? null : problem.code(), detail, e);
    }

    private static Problem readProblem(RestClientResponseException e) {
        try {
            return e.getResponseBodyAs(Problem.class);
        } catch (RuntimeException notAProblemDocument) {
            return null;
        }
    }

    /** The fields of a problem document (RFC 9457) that we use; {@code code} is the services' own extension. */
    record Problem(String title, String detail, String code) {}

    private static String attempts(int attempt) {
        return attempt == 1 ? "1 attempt" : attempt + " attempts";
    }

    private static void pause(Duration pause, OutsideServiceException failure) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private RestClient client() {
        RestClient existing = client;
        return existing != null ? existing : build();
    }

    private synchronized RestClient build() {
        if (client != null) {
            return client;
        }
        String baseUrl;
        try {
            baseUrl = placeholders.resolveRequiredPlaceholders(settings.baseUrl());
        } catch (IllegalArgumentException e) {
            // e.g. ${local.server.port} before the web server is up: a job failure, retried later
            throw new OutsideServiceException(
                    "The " + name + "'s base URL " + settings.baseUrl() + " cannot be resolved yet: " + e.getMessage(),
                    null,
                    null,
                    null,
                    e);
        }
        var http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        var requestFactory = new JdkClientHttpRequestFactory(http);
        requestFactory.setReadTimeout(settings.readTimeout());
        var built = builder.baseUrl(baseUrl)
                .requestFactory(requestFactory)
                .defaultHeaders(headers -> {
                    if (StringUtils.hasText(settings.token())) {
                        headers.setBearerAuth(settings.token());
                    }
                })
                .build();
        client = built;
        log.info("{} at {}", StringUtils.capitalize(name), baseUrl);
        return built;
    }
}
