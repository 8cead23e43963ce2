package dev.claimdesk.referenceservices.internal;

import dev.claimdesk.referenceservices.internal.BillDocuments.PayoutDocument;
import dev.claimdesk.referenceservices.internal.BillDocuments.StatementDocument;
import dev.claimdesk.referenceservices.internal.BillDocuments.TransactionDocument;
import dev.claimdesk.referenceservices.internal.OrderDocuments.ShopDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading the reference bill service's data: statements (computed from transactions), transactions, payouts. */
@Repository
@EnabledReferenceServices
class ReferenceBillStore {

    private final JdbcClient jdbc;

    ReferenceBillStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement per month from {@code from} to {@code to}; a month without transactions has zero totals. */
    List<StatementDocument> statements(ShopDocument shop, YearMonth from, YearMonth to) {
        record Totals(BigDecimal credits, BigDecimal debits, int count) {}
        Map<String, Totals> totals = new HashMap<>();
        jdbc.sql("SELECT period, SUM(CASE WHEN amount > 0 THEN amount ELSE 0 END) AS credits, "
                        + "SUM(CASE WHEN amount < 0 THEN -amount ELSE 0 END) AS debits, COUNT(*) AS n "
                        + "FROM ref_bill_transaction WHERE shop_code = ? AND period BETWEEN ? AND ? GROUP BY period")
                .params(shop.code(), from.toString(), to.toString())
                .query(rs -> {
                    totals.put(
                            rs.getString("period"),
                            new Totals(rs.getBigDecimal("credits"), rs.getBigDecimal("debits"), rs.getInt("n")));
                });
        var statements = new ArrayList<StatementDocument>();
        var zero = new Totals(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), 0);
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            Totals t = totals.getOrDefault(month.toString(), zero);
            statements.add(new StatementDocument(
                    shop.code(),
                    month.toString(),
                    shop.currency(),
                    t.credits(),
                    t.debits(),
                    t.credits().subtract(t.debits()),
                    t.count()));
        }
        return statements;
    }

    List<TransactionDocument> transactions(ShopDocument shop, YearMonth period, String tradeType) {
        return jdbc.sql("SELECT * FROM ref_bill_transaction WHERE shop_code = :shop AND period = :period "
                        + "AND (:type IS NULL OR trade_type = :type) ORDER BY booked_at, id")
                .param("shop", shop.code())
                .param("period", period.toString())
                .param("type", tradeType)
                .query((rs, i) -> new TransactionDocument(
                        rs.getLong("id"),
                        rs.getString("shop_code"),
                        rs.getString("period"),
                        rs.getTimestamp("booked_at").toInstant(),
                        rs.getString("trade_type"),
                        rs.getBigDecimal("amount"),
                        rs.getString("currency"),
                        rs.getString("order_number"),
                        rs.getString("description"),
                        rs.getObject("posting_id") == null ? null : rs.getLong("posting_id")))
                .list();
    }

    List<PayoutDocument> payouts(ShopDocument shop) {
        return jdbc.sql("SELECT * FROM ref_bill_payout WHERE shop_code = ? ORDER BY period DESC")
                .param(shop.code())
                .query((rs, i) -> new PayoutDocument(
                        rs.getString("id"),
                        rs.getString("shop_code"),
                        rs.getString("period"),
                        rs.getBigDecimal("amount"),
                        rs.getString("currency"),
                        rs.getString("state"),
                        rs.getObject("scheduled_on", LocalDate.class),
                        rs.getTimestamp("paid_at") == null
                                ? null
                                : rs.getTimestamp("paid_at").toInstant(),
                        rs.getString("note")))
                .list();
    }
}
