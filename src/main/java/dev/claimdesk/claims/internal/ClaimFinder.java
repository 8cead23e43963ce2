package dev.claimdesk.claims.internal;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimEvent;
import dev.claimdesk.claims.ClaimHit;
import dev.claimdesk.claims.ClaimHits;
import dev.claimdesk.claims.ClaimSearch;
import dev.claimdesk.claims.ClaimStatus;
import dev.claimdesk.tasks.TaskSubject;
import dev.claimdesk.tasks.Tasks;
import dev.claimdesk.tasks.Worker;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The claim search: filters, order and paging in SQL over the claim table (indexes: V40, V130), with the claim view's
 * visibility rule as a condition from the tasks module, so that the rule has one owner (ADR 0130).
 */
@Repository
class ClaimFinder {

    private static final String COLUMNS = "c.reference, c.category, c.shop, c.shop_name, c.country, c.order_number,"
            + " c.statement_period, c.status, c.sla_breached, c.submitted_at, c.closed_at,"
            + " (SELECT MAX(r.at) FROM claim_audit r WHERE r.claim_id = c.id AND r.event = :replied) AS replied_at";

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final Tasks tasks;

    ClaimFinder(NamedParameterJdbcTemplate jdbc, DataSource dataSource, Tasks tasks) {
        this.jdbc = jdbc;
        var rowByRow = new JdbcTemplate(dataSource);
        // MySQL Connector/J streams a result set row by row with this fetch size instead of reading it whole
        rowByRow.setFetchSize(Integer.MIN_VALUE);
        this.streaming = new NamedParameterJdbcTemplate(rowByRow);
        this.tasks = tasks;
    }

    /** A page, and the matches per status among at most {@code countCap} + 1 (ADR 0199: no count reads more rows). */
    ClaimHits page(ClaimSearch search, Worker worker, int page, int size, long countCap) {
        var p = new MapSqlParameterSource();
        String where = where(search, worker, p);
        p.addValue("cap", countCap + 1);
        Map<ClaimStatus, Long> byStatus = new EnumMap<>(ClaimStatus.class);
        jdbc.query(
                "SELECT m.status, COUNT(*) AS n FROM (SELECT c.status FROM claim c WHERE " + where
                        + " LIMIT :cap) m GROUP BY m.status",
                p,
                rs -> {
                    byStatus.put(ClaimStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        p.addValue("limit", size).addValue("offset", (long) page * size);
        List<ClaimHit> rows = jdbc.query(
                "SELECT " + COLUMNS + " FROM claim c WHERE " + where + order(search) + " LIMIT :limit OFFSET :offset",
                p,
                (rs, i) -> hit(rs));
        return new ClaimHits(rows, byStatus, page, size, countCap);
    }

    void forEach(ClaimSearch search, Worker worker, Consumer<ClaimHit> row) {
        var p = new MapSqlParameterSource();
        String where = where(search, worker, p);
        streaming.query("SELECT " + COLUMNS + " FROM claim c WHERE " + where + order(search), p, rs -> {
            row.accept(hit(rs));
        });
    }

    private String where(ClaimSearch s, Worker worker, MapSqlParameterSource p) {
        p.addValue("replied", ClaimEvent.SELLER_REPLIED);
        List<String> and = new ArrayList<>();
        and.add(tasks.mayViewCondition(TaskSubject.CLAIM, "c.reference", worker, p));
        if (s.text() != null) {
            p.addValue("text", likePrefix(s.text()));
            and.add("(c.reference LIKE :text OR c.order_number LIKE :text OR c.shop LIKE :text"
                    + " OR c.shop_name LIKE :text)");
        }
        if (s.category() != null) {
            p.addValue("category", s.category().name());
            and.add("c.category = :category");
        }
        if (s.country() != null) {
            p.addValue("country", s.country());
            and.add("c.country = :country");
        }
        if (s.team() != null) {
            and.add(tasks.inTeamCondition(TaskSubject.CLAIM, "c.reference", s.team(), p));
        }
        if (!s.statuses().isEmpty()) {
            p.addValue("statuses", s.statuses().stream().map(Enum::name).toList());
            and.add("c.status IN (:statuses)");
        }
        if (s.slaBreached() != null) {
            p.addValue("breached", s.slaBreached());
            and.add("c.sla_breached = :breached");
        }
        between(and, p, "c.submitted_at", "submitted", s.submittedFrom(), s.submittedTo());
        between(and, p, "c.closed_at", "closed", s.closedFrom(), s.closedTo());
        if (s.sellerReplied()) {
            and.add("EXISTS (SELECT 1 FROM claim_audit a WHERE a.claim_id = c.id AND a.event = :replied)");
        }
        if (s.sellerAsked()) {
            p.addValue("asked", ClaimEvent.INFO_REQUESTED);
            and.add("EXISTS (SELECT 1 FROM claim_audit a WHERE a.claim_id = c.id AND a.event = :asked)");
        }
        return String.join(" AND ", and);
    }

    private static void between(
            List<String> and, MapSqlParameterSource p, String column, String name, Instant from, Instant to) {
        if (from != null) {
            p.addValue(name + "From", utc(from));
            and.add(column + " >= :" + name + "From");
        }
        if (to != null) {
            p.addValue(name + "To", utc(to));
            and.add(column + " < :" + name + "To");
        }
    }

    /** Index order (V130): a page is read in order, not sorted; the id breaks ties so that pages never overlap. */
    private static String order(ClaimSearch s) {
        return switch (s.sort()) {
            case NEWEST -> " ORDER BY c.submitted_at DESC, c.id DESC";
            case OLDEST -> " ORDER BY c.submitted_at, c.id";
            // open claims (no closing time) sort last: MySQL and MariaDB put NULL last in descending order
            case RECENTLY_CLOSED -> " ORDER BY c.closed_at DESC, c.id DESC";
        };
    }

    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static ClaimHit hit(ResultSet rs) throws SQLException {
        return new ClaimHit(
                rs.getString("reference"),
                ClaimCategory.valueOf(rs.getString("category")),
                rs.getString("shop"),
                rs.getString("shop_name"),
                rs.getString("country"),
                rs.getString("order_number"),
                rs.getString("statement_period"),
                ClaimStatus.valueOf(rs.getString("status")),
                rs.getBoolean("sla_breached"),
                instant(rs, "submitted_at"),
                instant(rs, "closed_at"),
                instant(rs, "replied_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
