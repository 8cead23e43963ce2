package dev.claimdesk.counterfeit.internal;

import dev.claimdesk.counterfeit.Decision;
import dev.claimdesk.counterfeit.Finding;
import dev.claimdesk.counterfeit.FindingAudited;
import dev.claimdesk.counterfeit.FindingEvent;
import dev.claimdesk.counterfeit.FindingStatus;
import dev.claimdesk.counterfeit.Findings;
import dev.claimdesk.platform.HistoryPage;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The findings and their audit trail, in plain SQL on the application's data source (joins the caller's transaction).
 * Instants are stored as UTC date-times.
 */
@Repository
public class FindingStore {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public FindingStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** What a new row holds; the reference is made from its id. */
    record NewRow(
            String shop,
            String shopName,
            String sellerEmail,
            String country,
            String orderNumber,
            String sku,
            BigDecimal penaltyAmount,
            String currency,
            String reason,
            String evidence,
            String recordedBy,
            Instant recordedAt,
            String channel,
            String idempotencyKey,
            String requestHash) {}

    /** Inserts the finding and returns its reference CFN-YYYY-NNNNNN (the year of recording in the team's zone). */
    String insert(NewRow row, int year) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO counterfeit_finding (shop, shop_name, seller_email, country, order_number, sku,
                            penalty_amount, currency, reason, evidence, status, recorded_by, recorded_at, channel,
                            idempotency_key, request_hash)
                        VALUES (:shop, :shopName, :email, :country, :order, :sku, :amount, :currency, :reason,
                            :evidence, 'RECORDED', :by, :at, :channel, :key, :hash)""")
                .param("shop", row.shop())
                .param("shopName", row.shopName())
                .param("email", row.sellerEmail())
                .param("country", row.country())
                .param("order", row.orderNumber())
                .param("sku", row.sku())
                .param("amount", row.penaltyAmount())
                .param("currency", row.currency())
                .param("reason", row.reason())
                .param("evidence", row.evidence())
                .param("by", row.recordedBy())
                .param("at", utc(row.recordedAt()))
                .param("channel", row.channel())
                .param("key", row.idempotencyKey())
                .param("hash", row.requestHash())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        String reference = reference(year, id);
        jdbc.sql("UPDATE counterfeit_finding SET reference = ? WHERE id = ?")
                .params(reference, id)
                .update();
        return reference;
    }

    /** CFN-YYYY-NNNNNN: the year of recording, the row's id. */
    static String reference(int year, long id) {
        return "CFN-%d-%06d".formatted(year, id);
    }

    record Request(String reference, String requestHash) {}

    Optional<Request> byIdempotencyKey(String channel, String key) {
        return jdbc.sql(
                        "SELECT reference, request_hash FROM counterfeit_finding WHERE channel = ? AND idempotency_key = ?")
                .params(channel, key)
                .query((rs, n) -> new Request(rs.getString(1), rs.getString(2)))
                .optional();
    }

    public Optional<Finding> find(String reference) {
        return jdbc.sql("SELECT * FROM counterfeit_finding WHERE reference = ?")
                .param(reference)
                .query(FindingStore::finding)
                .optional();
    }

    List<Finding> recent(int limit) {
        return jdbc.sql("SELECT * FROM counterfeit_finding ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query(FindingStore::finding)
                .list();
    }

    List<Finding> ofShop(String shop) {
        return jdbc.sql("SELECT * FROM counterfeit_finding WHERE shop = ? ORDER BY id DESC LIMIT 200")
                .param(shop)
                .query(FindingStore::finding)
                .list();
    }

    Optional<Finding> latestFor(String shop, String orderNumber, String sku) {
        return jdbc.sql("""
                        SELECT * FROM counterfeit_finding WHERE shop = ? AND order_number = ? AND sku = ?
                        ORDER BY id DESC LIMIT 1""")
                .params(shop, orderNumber, sku)
                .query(FindingStore::finding)
                .optional();
    }

    /** Undecided findings without a process (a decided one needs none: an imported past finding never had one). */
    List<String> unstarted(Instant recordedBefore, int limit) {
        return jdbc.sql("""
                        SELECT reference FROM counterfeit_finding WHERE process_instance_key IS NULL AND recorded_at < ?
                        AND decided_at IS NULL ORDER BY id LIMIT ?""")
                .params(utc(recordedBefore), limit)
                .query(String.class)
                .list();
    }

    /** Sets one column; used by the workers, each of which owns its columns. */
    /** Records the finding's process; false if the finding already has another one (the caller is a duplicate). */
    boolean started(String reference, long processInstanceKey) {
        jdbc.sql(
                        "UPDATE counterfeit_finding SET process_instance_key = ? WHERE reference = ? AND process_instance_key IS NULL")
                .params(processInstanceKey, reference)
                .update();
        Long owner = jdbc.sql("SELECT process_instance_key FROM counterfeit_finding WHERE reference = ?")
                .param(reference)
                .query(Long.class)
                .optional()
                .orElse(null);
        return owner != null && owner == processInstanceKey;
    }

    /** The finding's reminder time, by the process that computed it; false if no finding has that process. */
    boolean remindAt(long processInstanceKey, Instant at) {
        return jdbc.sql("UPDATE counterfeit_finding SET reminder_at = ? WHERE process_instance_key = ?")
                        .params(utc(at), processInstanceKey)
                        .update()
                > 0;
    }

    void set(String reference, String column, Object value) {
        if (!column.matches("[a-z_]+")) {
            throw new IllegalArgumentException(column);
        }
        jdbc.sql("UPDATE counterfeit_finding SET " + column + " = ? WHERE reference = ?")
                .params(value instanceof Instant i ? utc(i) : value, reference)
                .update();
    }

    void status(String reference, FindingStatus status) {
        set(reference, "status", status.name());
    }

    /**
     * Appends an audit entry; with a job key at most once per job and event (a job delivered again writes nothing). A
     * new entry is published with the finding as it now stands ({@link FindingAudited}): every step writes its changes
     * before its entry, and every entry passes here, so read models miss none.
     *
     * @return whether the entry is new
     */
    boolean audit(String reference, Instant at, String actor, String event, String details, Long jobKey) {
        try {
            jdbc.sql("""
                            INSERT INTO counterfeit_audit (finding_reference, at, actor, event, details, job_key)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(reference, utc(at), actor, event, details, jobKey)
                    .update();
            events.publishEvent(
                    new FindingAudited(find(reference).orElseThrow(), new FindingEvent(at, actor, event, details)));
            return true;
        } catch (DuplicateKeyException again) {
            return false;
        }
    }

    List<FindingEvent> history(String reference) {
        return jdbc.sql(
                        "SELECT at, actor, event, details FROM counterfeit_audit WHERE finding_reference = ? ORDER BY id")
                .param(reference)
                .query((rs, n) -> new FindingEvent(
                        instant(rs, "at"), rs.getString("actor"), rs.getString("event"), rs.getString("details")))
                .list();
    }

    /** Findings after the cursor (an id) with their trails, as {@link Findings#historyAfter} describes. */
    HistoryPage<FindingAudited> historyAfter(long cursor, int limit) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        long last = cursor;
        for (var row : jdbc.sql("SELECT * FROM counterfeit_finding WHERE id > ? ORDER BY id LIMIT ?")
                .params(cursor, limit)
                .query((rs, n) -> Map.entry(rs.getLong("id"), finding(rs, n)))
                .list()) {
            findings.put(row.getValue().reference(), row.getValue());
            last = Math.max(last, row.getKey());
        }
        if (findings.isEmpty()) {
            return new HistoryPage<>(List.of(), 0, cursor);
        }
        List<FindingAudited> events = new ArrayList<>();
        jdbc.sql("""
                        SELECT finding_reference, at, actor, event, details FROM counterfeit_audit
                        WHERE finding_reference IN (:references) ORDER BY id""")
                .param("references", findings.keySet())
                .query((rs, n) -> new FindingAudited(
                        findings.get(rs.getString("finding_reference")),
                        new FindingEvent(
                                instant(rs, "at"),
                                rs.getString("actor"),
                                rs.getString("event"),
                                rs.getString("details"))))
                .list()
                .forEach(events::add);
        // case by case, each case's entries in the order they were written
        Map<String, Integer> position = new java.util.HashMap<>();
        findings.keySet().forEach(reference -> position.put(reference, position.size()));
        events.sort(
                java.util.Comparator.comparingInt(e -> position.get(e.finding().reference())));
        return new HistoryPage<>(events, findings.size(), last);
    }

    private static Finding finding(ResultSet rs, int row) throws SQLException {
        return new Finding(
                rs.getString("reference"),
                rs.getString("shop"),
                rs.getString("shop_name"),
                rs.getString("seller_email"),
                rs.getString("country"),
                rs.getString("order_number"),
                rs.getString("sku"),
                rs.getBigDecimal("penalty_amount"),
                rs.getString("currency"),
                rs.getString("reason"),
                rs.getString("evidence"),
                FindingStatus.valueOf(rs.getString("status")),
                rs.getString("recorded_by"),
                instant(rs, "recorded_at"),
                nullableLong(rs, "process_instance_key"),
                instant(rs, "notice_sent_at"),
                instant(rs, "appeal_due_at"),
                rs.getString("appeal_channel"),
                rs.getString("appeal_claim_reference"),
                instant(rs, "appealed_at"),
                instant(rs, "documents_due_at"),
                rs.getString("decision") == null ? null : Decision.valueOf(rs.getString("decision")),
                rs.getString("decision_reason"),
                instant(rs, "decided_at"),
                nullableLong(rs, "penalty_posting_id"),
                instant(rs, "penalty_posted_at"),
                nullableLong(rs, "reversal_posting_id"),
                instant(rs, "reversed_at"),
                instant(rs, "delisted_at"),
                instant(rs, "reminder_at"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
