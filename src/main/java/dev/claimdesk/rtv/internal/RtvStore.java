package dev.claimdesk.rtv.internal;

import dev.claimdesk.platform.HistoryPage;
import dev.claimdesk.rtv.RtvCase;
import dev.claimdesk.rtv.RtvCaseAudited;
import dev.claimdesk.rtv.RtvCases;
import dev.claimdesk.rtv.RtvEntry;
import dev.claimdesk.rtv.RtvPhoto;
import dev.claimdesk.rtv.RtvStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The rtv tables (V80): one owner, plain SQL that runs on MySQL 8.4 and MariaDB 11.4. */
@Component
class RtvStore {

    private static final String COLUMNS = "id, reference, shop, shop_name, seller_email, country, order_number, sku,"
            + " item_name, returned_at, reason, status, requested_at, process_instance_key, pickup_date, pickup_place,"
            + " pickup_due_at, collected_at, appealed, appeal_reference, appeal_note, claim_window_closes_at,"
            + " claim_reference, closed_at, reminder_at";

    private final JdbcTemplate jdbc;

    RtvStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record NewCase(
            String shop,
            String shopName,
            String sellerEmail,
            String country,
            String orderNumber,
            String sku,
            String itemName,
            Instant returnedAt,
            String reason,
            String channel,
            Instant requestedAt) {}

    /** Stores the case and gives it its reference (RTV-YYYY-NNNNNN, from its id). */
    String insert(NewCase c, int year) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "INSERT INTO rtv_case (shop, shop_name, seller_email, country, order_number, sku, item_name,"
                                    + " returned_at, reason, status, requested_at, channel)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    ps.setString(1, c.shop());
                    ps.setString(2, c.shopName());
                    ps.setString(3, c.sellerEmail());
                    ps.setString(4, c.country());
                    ps.setString(5, c.orderNumber());
                    ps.setString(6, c.sku());
                    ps.setString(7, c.itemName());
                    ps.setObject(8, timestamp(c.returnedAt()));
                    ps.setString(9, c.reason());
                    ps.setString(10, RtvStatus.REQUESTED.name());
                    ps.setObject(11, timestamp(c.requestedAt()));
                    ps.setString(12, c.channel());
                    return ps;
                },
                keys);
        long id = keys.getKey().longValue();
        String reference = reference(year, id);
        jdbc.update("UPDATE rtv_case SET reference = ? WHERE id = ?", reference, id);
        return reference;
    }

    /** RTV-YYYY-NNNNNN: the year it was requested in, the row's id. */
    static String reference(int year, long id) {
        return "RTV-%d-%06d".formatted(year, id);
    }

    Optional<RtvCase> find(String reference) {
        return one("reference = ?", reference);
    }

    Optional<RtvCase> byAppeal(String appealReference) {
        return one("appeal_reference = ?", appealReference);
    }

    Optional<RtvCase> byClaim(String claimReference) {
        return one("claim_reference = ?", claimReference);
    }

    boolean hasOpenCase(String orderNumber, String sku) {
        var open = java.util.Arrays.stream(RtvStatus.values())
                .filter(RtvStatus::isOpen)
                .map(s -> "'" + s.name() + "'")
                .collect(java.util.stream.Collectors.joining(","));
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rtv_case WHERE order_number = ? AND sku = ? AND status IN (" + open + ")",
                Integer.class,
                orderNumber,
                sku);
        return n != null && n > 0;
    }

    List<RtvCase> recent(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM rtv_case ORDER BY id DESC LIMIT ?", CASE, limit);
    }

    /** Records the case's process; false if the case already has another one (the caller is a duplicate). */
    boolean started(String reference, long processInstanceKey) {
        jdbc.update(
                "UPDATE rtv_case SET process_instance_key = ? WHERE reference = ? AND process_instance_key IS NULL",
                processInstanceKey,
                reference);
        Long owner = jdbc.queryForObject(
                "SELECT process_instance_key FROM rtv_case WHERE reference = ?", Long.class, reference);
        return owner != null && owner == processInstanceKey;
    }

    /** Open cases without a process (a closed one needs none: an imported past case never had one). */
    List<String> unstarted(Instant before) {
        return jdbc.queryForList(
                "SELECT reference FROM rtv_case WHERE process_instance_key IS NULL AND requested_at < ?"
                        + " AND closed_at IS NULL LIMIT 100",
                String.class,
                timestamp(before));
    }

    void pickupScheduled(String reference, LocalDate date, String place, Instant dueAt) {
        jdbc.update(
                "UPDATE rtv_case SET status = ?, pickup_date = ?, pickup_place = ?, pickup_due_at = ? WHERE reference = ?",
                RtvStatus.PICKUP_SCHEDULED.name(),
                java.sql.Date.valueOf(date),
                place,
                timestamp(dueAt),
                reference);
    }

    void pickedUp(
            String reference,
            Instant collectedAt,
            boolean appealed,
            String appealReference,
            String appealNote,
            Instant windowClosesAt,
            Instant reminderAt) {
        jdbc.update(
                "UPDATE rtv_case SET status = ?, collected_at = ?, appealed = ?, appeal_reference = ?, appeal_note = ?,"
                        + " claim_window_closes_at = ?, reminder_at = ? WHERE reference = ?",
                (appealed ? RtvStatus.APPEAL_REGISTERED : RtvStatus.PICKUP_SCHEDULED).name(),
                timestamp(collectedAt),
                appealed,
                appealReference,
                appealNote,
                timestamp(windowClosesAt),
                timestamp(reminderAt),
                reference);
    }

    void claimLinked(String reference, String claimReference) {
        jdbc.update(
                "UPDATE rtv_case SET status = ?, claim_reference = ? WHERE reference = ?",
                RtvStatus.CLAIM_RAISED.name(),
                claimReference,
                reference);
    }

    void closed(String reference, RtvStatus status, Instant at) {
        jdbc.update(
                "UPDATE rtv_case SET status = ?, closed_at = COALESCE(closed_at, ?) WHERE reference = ?",
                status.name(),
                timestamp(at),
                reference);
    }

    /**
     * An audit entry; with a job key, once per job and event (a job delivered again writes nothing new).
     *
     * @return whether the entry is new
     */
    boolean record(String reference, Instant at, String actor, String event, String details, Long jobKey) {
        return jdbc.update(
                        "INSERT INTO rtv_audit (rtv_case_id, at, actor, event, details, job_key)"
                                + " SELECT c.id, ?, ?, ?, ?, ? FROM rtv_case c WHERE c.reference = ? AND NOT EXISTS"
                                + " (SELECT 1 FROM rtv_audit a WHERE a.rtv_case_id = c.id AND a.job_key = ? AND a.event = ?)",
                        timestamp(at),
                        actor,
                        event,
                        details == null ? null : details.length() > 2000 ? details.substring(0, 2000) : details,
                        jobKey,
                        reference,
                        jobKey,
                        event)
                > 0;
    }

    List<RtvEntry> history(String reference) {
        return jdbc.query(
                "SELECT a.at, a.actor, a.event, a.details FROM rtv_audit a JOIN rtv_case c ON c.id = a.rtv_case_id"
                        + " WHERE c.reference = ? ORDER BY a.id",
                (rs, i) -> new RtvEntry(
                        instant(rs, "at"), rs.getString("actor"), rs.getString("event"), rs.getString("details")),
                reference);
    }

    /** Cases after the cursor (an id) with their trails, as {@link RtvCases#historyAfter} describes. */
    HistoryPage<RtvCaseAudited> historyAfter(long cursor, int limit) {
        Map<Long, RtvCase> cases = new LinkedHashMap<>();
        jdbc.query(
                "SELECT " + COLUMNS + " FROM rtv_case WHERE id > ? ORDER BY id LIMIT ?",
                rs -> {
                    cases.put(rs.getLong("id"), CASE.mapRow(rs, 0));
                },
                cursor,
                limit);
        if (cases.isEmpty()) {
            return new HistoryPage<>(List.of(), 0, cursor);
        }
        long first = cases.keySet().iterator().next();
        long last = cases.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        List<RtvCaseAudited> events = new ArrayList<>();
        jdbc.query(
                "SELECT rtv_case_id, at, actor, event, details FROM rtv_audit WHERE rtv_case_id BETWEEN ? AND ?"
                        + " ORDER BY rtv_case_id, id",
                rs -> {
                    events.add(new RtvCaseAudited(
                            cases.get(rs.getLong("rtv_case_id")),
                            new RtvEntry(
                                    instant(rs, "at"),
                                    rs.getString("actor"),
                                    rs.getString("event"),
                                    rs.getString("details"))));
                },
                first,
                last);
        return new HistoryPage<>(events, cases.size(), last);
    }

    RtvPhoto addPhoto(String reference, String fileName, String contentType, byte[] content, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "INSERT INTO rtv_photo (rtv_case_id, file_name, content_type, size_bytes, content,"
                                    + " uploaded_by, uploaded_at)"
                                    + " SELECT id, ?, ?, ?, ?, ?, ? FROM rtv_case WHERE reference = ?",
                            Statement.RETURN_GENERATED_KEYS);
                    ps.setString(1, fileName);
                    ps.setString(2, contentType);
                    ps.setLong(3, content.length);
                    ps.setBytes(4, content);
                    ps.setString(5, by);
                    ps.setObject(6, timestamp(at));
                    ps.setString(7, reference);
                    return ps;
                },
                keys);
        return new RtvPhoto(keys.getKey().longValue(), fileName, contentType, content.length, by, at);
    }

    List<RtvPhoto> photos(String reference) {
        return jdbc.query(
                "SELECT p.id, p.file_name, p.content_type, p.size_bytes, p.uploaded_by, p.uploaded_at FROM rtv_photo p"
                        + " JOIN rtv_case c ON c.id = p.rtv_case_id WHERE c.reference = ? ORDER BY p.id",
                (rs, i) -> new RtvPhoto(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getString("uploaded_by"),
                        instant(rs, "uploaded_at")),
                reference);
    }

    Optional<byte[]> photoContent(String reference, long photoId) {
        return jdbc
                .query(
                        "SELECT p.content FROM rtv_photo p JOIN rtv_case c ON c.id = p.rtv_case_id"
                                + " WHERE c.reference = ? AND p.id = ?",
                        (rs, i) -> rs.getBytes(1),
                        reference,
                        photoId)
                .stream()
                .findFirst();
    }

    private Optional<RtvCase> one(String where, Object value) {
        return jdbc.query("SELECT " + COLUMNS + " FROM rtv_case WHERE " + where, CASE, value).stream()
                .findFirst();
    }

    private static final RowMapper<RtvCase> CASE = (rs, i) -> new RtvCase(
            rs.getString("reference"),
            rs.getString("shop"),
            rs.getString("shop_name"),
            rs.getString("seller_email"),
            rs.getString("country"),
            rs.getString("order_number"),
            rs.getString("sku"),
            rs.getString("item_name"),
            instant(rs, "returned_at"),
            rs.getString("reason"),
            RtvStatus.valueOf(rs.getString("status")),
            instant(rs, "requested_at"),
            rs.getObject("process_instance_key") == null ? null : rs.getLong("process_instance_key"),
            rs.getDate("pickup_date") == null ? null : rs.getDate("pickup_date").toLocalDate(),
            rs.getString("pickup_place"),
            instant(rs, "pickup_due_at"),
            instant(rs, "collected_at"),
            rs.getObject("appealed") == null ? null : rs.getBoolean("appealed"),
            rs.getString("appeal_reference"),
            rs.getString("appeal_note"),
            instant(rs, "claim_window_closes_at"),
            rs.getString("claim_reference"),
            instant(rs, "closed_at"),
            instant(rs, "reminder_at"));

    /** Instants are stored as UTC wall time, as Hibernate stores them (hibernate.jdbc.time_zone = UTC). */
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime timestamp(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
