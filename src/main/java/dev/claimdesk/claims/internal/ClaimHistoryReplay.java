package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimEvent;
import dev.claimdesk.claims.ClaimHandling;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.platform.HistoryPage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Replays the stored audit trails as the {@link ClaimEvent}s they published, a page of claims at a time in id order
 * (two queries per page), so that read models can rebuild themselves from the trail in constant memory.
 */
@Component
class ClaimHistoryReplay {

    private final JdbcTemplate jdbc;

    ClaimHistoryReplay(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Head(
            String reference, ClaimCategory category, String country, Instant submittedAt, ClaimStatus status) {}

    HistoryPage<ClaimEvent> after(long cursor, int limit) {
        Map<Long, Head> heads = new LinkedHashMap<>();
        jdbc.query(
                "SELECT id, reference, category, country, submitted_at, status FROM claim WHERE id > ? ORDER BY id"
                        + " LIMIT ?",
                rs -> {
                    heads.put(
                            rs.getLong("id"),
                            new Head(
                                    rs.getString("reference"),
                                    ClaimCategory.valueOf(rs.getString("category")),
                                    rs.getString("country"),
                                    instant(rs, "submitted_at"),
                                    ClaimStatus.valueOf(rs.getString("status"))));
                },
                cursor,
                limit);
        if (heads.isEmpty()) {
            return new HistoryPage<>(List.of(), 0, cursor);
        }
        long first = heads.keySet().iterator().next();
        long last = heads.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        List<ClaimEvent> events = new ArrayList<>();
        jdbc.query(
                "SELECT claim_id, at, actor, event, facts FROM claim_audit WHERE claim_id BETWEEN ? AND ?"
                        + " ORDER BY claim_id, id",
                rs -> {
                    Head head = heads.get(rs.getLong("claim_id"));
                    events.add(new ClaimEvent(
                            head.reference(),
                            ClaimHandling.PROCESS_ID,
                            head.category(),
                            head.country(),
                            head.submittedAt(),
                            instant(rs, "at"),
                            rs.getString("actor"),
                            rs.getString("event"),
                            head.status(),
                            AuditFacts.decode(rs.getString("facts"))));
                },
                first,
                last);
        return new HistoryPage<>(events, heads.size(), last);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
