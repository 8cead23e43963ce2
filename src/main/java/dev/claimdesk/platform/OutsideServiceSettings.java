package dev.claimdesk.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the application reaches an outside HTTP service (the marketplace's order and bill services): where it is, the
 * token it expects, how long to wait, and how to retry transient failures.
 *
 * @param baseUrl may contain {@code ${local.server.port}}: it is resolved at the first call, once this application's
 *     own web server is up (the default points at the bundled reference services on the application's own port)
 * @param token sent as {@code Authorization: Bearer <token>}; none when empty
 */
public record OutsideServiceSettings(
        String baseUrl,
        String token,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue Retry retry) {

    /**
     * Transient failures (5xx, 408, 429, timeouts, refused connections) are tried {@code maxAttempts} times in all,
     * waiting {@code backoff}, then {@code backoff * multiplier}, ... at most {@code maxBackoff} between attempts.
     */
    public record Retry(
            @DefaultValue("3") int maxAttempts,
            @DefaultValue("200ms") Duration backoff,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("2s") Duration maxBackoff) {

        public Retry {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("retry.max-attempts must be at least 1: " + maxAttempts);
            }
        }

        /** The wait before attempt {@code attempt + 1} (attempts count from 1). */
        public Duration backoffAfter(int attempt) {
            double millis = backoff.toMillis() * Math.pow(multiplier, attempt - 1);
            return Duration.ofMillis((long) Math.min(millis, maxBackoff.toMillis()));
        }
    }
}
