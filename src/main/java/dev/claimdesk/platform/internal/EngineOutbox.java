package dev.claimdesk.platform.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.EngineMessages;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The engine outbox: a row per message, written in the caller's transaction; after the commit one background thread
 * publishes it (not the committing thread, which still holds its database connection), and a sweep publishes what is
 * still pending {@link #GRACE} later. The engine answers "already exists" for a message id it still holds, which
 * counts as published.
 */
@Component
class EngineOutbox implements EngineMessages {

    private static final Logger log = LoggerFactory.getLogger(EngineOutbox.class);
    /** A pending row younger than this is left to the after-commit publication (not raced by the sweep). */
    static final Duration GRACE = Duration.ofSeconds(10);
    /** Published rows are kept this long for an operator to look at, then removed. */
    private static final Duration KEEP = Duration.ofDays(7);

    private final JdbcTemplate jdbc;
    private final CamundaClient client;
    private final AppClock clock;
    private final ObjectMapper json;
    private final ExecutorService publishing = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "engine-outbox");
        t.setDaemon(true);
        return t;
    });

    EngineOutbox(JdbcTemplate jdbc, CamundaClient client, AppClock clock, ObjectMapper json) {
        this.jdbc = jdbc;
        this.client = client;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public void publishAfterCommit(
            String name, String correlationKey, String messageId, Duration timeToLive, Map<String, Object> variables) {
        var key = new GeneratedKeyHolder();
        String text = write(variables);
        int inserted = jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "INSERT IGNORE INTO engine_outbox (message_name, correlation_key, message_id, ttl_ms,"
                                    + " variables, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    statement.setString(1, name);
                    statement.setString(2, correlationKey);
                    statement.setString(3, messageId);
                    statement.setLong(4, timeToLive.toMillis());
                    statement.setString(5, text);
                    statement.setTimestamp(6, Timestamp.from(clock.instant()));
                    return statement;
                },
                key);
        if (inserted == 0) {
            return; // the same message was stored before
        }
        long id = key.getKey().longValue();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publishing.execute(() -> publish(id));
                }
            });
        } else {
            publishing.execute(() -> publish(id));
        }
    }

    /** Publishes what the engine has not had yet, oldest first; stops at the first failure (the engine is down). */
    @Scheduled(
            fixedDelayString = "${claimdesk.engine.outbox-sweep-interval:10s}",
            initialDelayString = "${claimdesk.engine.outbox-sweep-interval:10s}")
    void publishPending() {
        List<Long> pending = jdbc.queryForList(
                "SELECT id FROM engine_outbox WHERE published_at IS NULL AND created_at < ? ORDER BY id LIMIT 100",
                Long.class,
                Timestamp.from(clock.instant().minus(GRACE)));
        for (long id : pending) {
            if (!publish(id)) {
                break;
            }
        }
        jdbc.update(
                "DELETE FROM engine_outbox WHERE published_at < ? LIMIT 1000",
                Timestamp.from(clock.instant().minus(KEEP)));
    }

    boolean publish(long id) {
        var rows = jdbc.queryForList(
                "SELECT message_name, correlation_key, message_id, ttl_ms, variables FROM engine_outbox"
                        + " WHERE id = ? AND published_at IS NULL",
                id);
        if (rows.isEmpty()) {
            return true;
        }
        var row = rows.getFirst();
        String name = (String) row.get("message_name");
        String correlationKey = (String) row.get("correlation_key");
        try {
            client.newPublishMessageCommand()
                    .messageName(name)
                    .correlationKey(correlationKey)
                    .messageId((String) row.get("message_id"))
                    .timeToLive(Duration.ofMillis(((Number) row.get("ttl_ms")).longValue()))
                    .variables(read((String) row.get("variables")))
                    .send()
                    .join();
        } catch (RuntimeException e) {
            if (!(e instanceof ClientStatusException status && status.getStatusCode() == Status.Code.ALREADY_EXISTS)) {
                log.warn("Could not publish {} for {} yet (will retry): {}", name, correlationKey, e.getMessage());
                jdbc.update(
                        "UPDATE engine_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                        truncate(e.getMessage()),
                        id);
                return false;
            }
        }
        jdbc.update(
                "UPDATE engine_outbox SET published_at = ?, attempts = attempts + 1 WHERE id = ?",
                Timestamp.from(clock.instant()),
                id);
        return true;
    }

    @PreDestroy
    void stop() {
        publishing.shutdown();
    }

    private String write(Map<String, Object> variables) {
        try {
            return json.writeValueAsString(variables);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Message variables must be JSON", e);
        }
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String message) {
        return message == null ? null : message.length() <= 500 ? message : message.substring(0, 500);
    }
}
