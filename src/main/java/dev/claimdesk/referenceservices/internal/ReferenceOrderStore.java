package dev.claimdesk.referenceservices.internal;

import dev.claimdesk.platform.AppClock;
import dev.claimdesk.referenceservices.internal.OrderDocuments.CancellationDocument;
import dev.claimdesk.referenceservices.internal.OrderDocuments.ItemDocument;
import dev.claimdesk.referenceservices.internal.OrderDocuments.OrderDocument;
import dev.claimdesk.referenceservices.internal.OrderDocuments.OrderPageDocument;
import dev.claimdesk.referenceservices.internal.OrderDocuments.OrderSummaryDocument;
import dev.claimdesk.referenceservices.internal.OrderDocuments.StatusDocument;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The reference order service's data: shops, orders, items and their status histories. */
@Repository
@EnabledReferenceServices
class ReferenceOrderStore {

    static final String NON_OOS = "NON_OOS";
    static final Set<String> CANCELLABLE = Set.of("PENDING", "READY_TO_SHIP");

    private final JdbcClient jdbc;
    private final AppClock clock;

    ReferenceOrderStore(JdbcClient jdbc, AppClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<OrderDocument> order(String orderNumber) {
        return jdbc.sql("SELECT * FROM ref_order WHERE order_number = ?")
                .param(orderNumber)
                .query((rs, i) -> orderRow(rs))
                .optional()
                .map(order -> withItems(order, items(orderNumber)));
    }

    @Transactional(readOnly = true)
    public OrderPageDocument ordersOfShop(String shopCode, int page, int size) {
        long total = jdbc.sql("SELECT COUNT(*) FROM ref_order WHERE shop_code = ?")
                .param(shopCode)
                .query(Long.class)
                .single();
        List<OrderDocument> orders = jdbc.sql("SELECT * FROM ref_order WHERE shop_code = ? "
                        + "ORDER BY created_at DESC, order_number DESC LIMIT ? OFFSET ?")
                .params(shopCode, size, (long) page * size)
                .query((rs, i) -> orderRow(rs))
                .list();
        Map<String, List<String>> statuses = new LinkedHashMap<>();
        if (!orders.isEmpty()) {
            jdbc.sql("SELECT order_number, status FROM ref_order_item WHERE order_number IN (:numbers) ORDER BY sku")
                    .param(
                            "numbers",
                            orders.stream().map(OrderDocument::orderNumber).toList())
                    .query(rs -> {
                        statuses.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(rs.getString(2));
                    });
        }
        var summaries = orders.stream()
                .map(o -> new OrderSummaryDocument(
                        o.orderNumber(),
                        o.shop(),
                        o.country(),
                        o.createdAt(),
                        o.shippingType(),
                        o.trackingNumber(),
                        statuses.getOrDefault(o.orderNumber(), List.of())))
                .toList();
        return new OrderPageDocument(summaries, page, size, total);
    }

    /**
     * Cancels the item as non-OOS, or returns it unchanged if it already is (a retried request). The item's row is
     * locked first, so two concurrent cancellations write one history entry.
     */
    @Transactional
    public ItemDocument cancelAsNonOos(String orderNumber, String sku, String reason) {
        var current = jdbc.sql("SELECT status, cancel_kind FROM ref_order_item WHERE order_number = ? AND sku = ? "
                        + "FOR UPDATE")
                .params(orderNumber, sku)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional()
                .orElseThrow(() -> ReferenceProblem.notFound(
                        "ITEM_NOT_FOUND", "Order " + orderNumber + " has no item with SKU " + sku));
        String status = current[0];
        String kind = current[1];
        if ("CANCELED".equals(status) && NON_OOS.equals(kind)) {
            return item(orderNumber, sku);
        }
        if ("CANCELED".equals(status)) {
            throw ReferenceProblem.conflict(
                    "ALREADY_CANCELLED",
                    "Item " + sku + " of order " + orderNumber + " was already cancelled (" + kind + ")");
        }
        if (!CANCELLABLE.contains(status)) {
            throw ReferenceProblem.conflict(
                    "ITEM_NOT_CANCELLABLE",
                    "Item " + sku + " of order " + orderNumber + " is " + status + ": only Pending and Ready to Ship"
                            + " items can be cancelled");
        }
        jdbc.sql("UPDATE ref_order_item SET status = 'CANCELED', cancel_kind = ?, cancel_comment = ? "
                        + "WHERE order_number = ? AND sku = ?")
                .params(NON_OOS, reason, orderNumber, sku)
                .update();
        jdbc.sql("INSERT INTO ref_order_item_status (order_number, sku, status, at, note) VALUES (?, ?, ?, ?, ?)")
                .params(
                        orderNumber,
                        sku,
                        "CANCELED",
                        Timestamp.from(clock.instant()),
                        "Cancelled as non-OOS (no seller-score impact)")
                .update();
        return item(orderNumber, sku);
    }

    /**
     * Takes a SKU off sale. The primary key makes it idempotent: of two racing delistings one inserts, the other finds
     * the row and returns it.
     */
    public OrderDocuments.DelistingDocument delist(String shopCode, String sku, String reason) {
        var existing = delisting(shopCode, sku);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            jdbc.sql("INSERT INTO ref_delisted_sku (shop_code, sku, reason, delisted_at) VALUES (?, ?, ?, ?)")
                    .params(shopCode, sku, reason, Timestamp.from(clock.instant()))
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            // another request delisted it first: its row is the answer
        }
        return delisting(shopCode, sku).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<OrderDocuments.DelistingDocument> delisting(String shopCode, String sku) {
        return jdbc.sql(
                        "SELECT shop_code, sku, reason, delisted_at FROM ref_delisted_sku WHERE shop_code = ? AND sku = ?")
                .params(shopCode, sku)
                .query((rs, i) -> new OrderDocuments.DelistingDocument(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    private ItemDocument item(String orderNumber, String sku) {
        return items(orderNumber).stream()
                .filter(i -> i.sku().equals(sku))
                .findFirst()
                .orElseThrow();
    }

    private List<ItemDocument> items(String orderNumber) {
        Map<String, List<StatusDocument>> history = new LinkedHashMap<>();
        jdbc.sql("SELECT sku, status, at, note FROM ref_order_item_status WHERE order_number = ? ORDER BY at, id")
                .param(orderNumber)
                .query(rs -> {
                    history.computeIfAbsent(rs.getString("sku"), k -> new ArrayList<>())
                            .add(new StatusDocument(
                                    rs.getString("status"),
                                    rs.getTimestamp("at").toInstant(),
                                    rs.getString("note")));
                });
        return jdbc.sql("SELECT * FROM ref_order_item WHERE order_number = ? ORDER BY sku")
                .param(orderNumber)
                .query((rs, i) -> new ItemDocument(
                        rs.getString("sku"),
                        rs.getString("name"),
                        rs.getBigDecimal("price"),
                        rs.getBigDecimal("shipping_fee"),
                        rs.getString("status"),
                        history.getOrDefault(rs.getString("sku"), List.of()),
                        rs.getString("cancel_kind") == null
                                ? null
                                : new CancellationDocument(
                                        rs.getString("cancel_kind"), rs.getString("cancel_comment"))))
                .list();
    }

    private static OrderDocument orderRow(ResultSet rs) throws SQLException {
        return new OrderDocument(
                rs.getString("order_number"),
                rs.getString("shop_code"),
                rs.getString("country"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("shipping_type"),
                rs.getString("tracking_number"),
                rs.getString("sorting_center"),
                rs.getString("currency"),
                List.of());
    }

    private static OrderDocument withItems(OrderDocument order, List<ItemDocument> items) {
        return new OrderDocument(
                order.orderNumber(),
                order.shop(),
                order.country(),
                order.createdAt(),
                order.shippingType(),
                order.trackingNumber(),
                order.sortingCenter(),
                order.currency(),
                items);
    }
}
