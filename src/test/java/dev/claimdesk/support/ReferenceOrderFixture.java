package dev.claimdesk.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Orders of their own for tests that change orders (cancel items): written straight into the reference order
 * service's tables, beside the seeded demo data that other tests read. Each call makes a new order number.
 */
public final class ReferenceOrderFixture {

    public static final String SHOP = "lagos-lights";
    public static final String SKU = "TEST-SKU-1";

    private ReferenceOrderFixture() {}

    /** A one-item order of Lagos Lights whose item is in {@code status}; returns its order number. */
    public static String order(JdbcTemplate jdbc, String status) {
        String number = "T-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
        Instant created = Instant.now().minusSeconds(3600);
        jdbc.update(
                "INSERT INTO ref_order (order_number, shop_code, country, created_at, shipping_type, tracking_number,"
                        + " sorting_center, currency) VALUES (?, ?, 'NG', ?, 'DROPSHIPPING', NULL, ?, 'NGN')",
                number,
                SHOP,
                Timestamp.from(created),
                "NG-Lagos-Ikeja Sorting Center");
        jdbc.update(
                "INSERT INTO ref_order_item (order_number, sku, name, price, shipping_fee, status) "
                        + "VALUES (?, ?, 'Rechargeable LED Bulb 15W', 6500.00, 1800.00, ?)",
                number,
                SKU,
                status);
        jdbc.update(
                "INSERT INTO ref_order_item_status (order_number, sku, status, at, note) VALUES (?, ?, ?, ?, 'test')",
                number,
                SKU,
                status,
                Timestamp.from(created));
        return number;
    }

    public static String itemStatus(JdbcTemplate jdbc, String orderNumber) {
        return jdbc.queryForObject(
                "SELECT status FROM ref_order_item WHERE order_number = ? AND sku = ?", String.class, orderNumber, SKU);
    }

    public static int historyEntries(JdbcTemplate jdbc, String orderNumber, String status) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM ref_order_item_status WHERE order_number = ? AND status = ?",
                Integer.class,
                orderNumber,
                status);
    }
}
