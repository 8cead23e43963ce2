package dev.claimdesk.referenceservices.internal;

import dev.claimdesk.platform.AppClock;
import dev.claimdesk.referenceservices.internal.BillDocuments.PostingDocument;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Postings with idempotency keys. The database decides: a UNIQUE constraint on the key lets exactly one insert win,
 * whatever the race; a loser reads the winner's posting in a new transaction (its own snapshot could not see it) and
 * returns it. The same key with a different request is refused, as payment APIs do.
 */
@Component
@EnabledReferenceServices
class PostingBook {

    private static final int ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AppClock clock;

    PostingBook(JdbcClient jdbc, TransactionTemplate transactions, AppClock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What to post. {@code amount} is positive; {@code direction} is CREDIT or DEBIT. */
    record Draft(
            String idempotencyKey,
            String kind,
            String shop,
            String direction,
            BigDecimal amount,
            String currency,
            String tradeType,
            String reason,
            String reference,
            String orderNumber,
            Long reversesPostingId) {

        String hash() {
            String canonical = String.join(
                    "|",
                    kind,
                    shop,
                    direction,
                    amount.stripTrailingZeros().toPlainString(),
                    currency,
                    tradeType,
                    String.valueOf(reason),
                    String.valueOf(reference),
                    String.valueOf(orderNumber),
                    String.valueOf(reversesPostingId));
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The posting made, and whether it was made by an earlier request with the same key. */
    record Result(PostingDocument posting, boolean replayed) {}

    /**
     * Posts the draft once per idempotency key.
     *
     * @param precondition checked before each insert attempt (e.g. "the penalty is not reversed yet"); throws a
     *     {@link ReferenceProblem} to refuse
     */
    Result post(Draft draft, Consumer<Draft> precondition) {
        String hash = draft.hash();
        for (int attempt = 1; ; attempt++) {
            Optional<Stored> existing = find(draft.idempotencyKey());
            if (existing.isPresent()) {
                if (!existing.get().requestHash().equals(hash)) {
                    throw ReferenceProblem.conflict(
                            "IDEMPOTENCY_KEY_REUSED",
                            "Idempotency key " + draft.idempotencyKey() + " was used for a different request");
                }
                return new Result(existing.get().posting(), true);
            }
            precondition.accept(draft);
            try {
                Long id = transactions.execute(status -> insert(draft, hash));
                return new Result(byId(id).orElseThrow(), false);
            } catch (DuplicateKeyException | PessimisticLockingFailureException raceLost) {
                // another request with this key (or reversing the same penalty) committed first, or the database
                // broke a lock cycle between such requests: read again what won
                if (attempt >= ATTEMPTS) {
                    throw raceLost;
                }
            }
        }
    }

    private long insert(Draft draft, String hash) {
        Instant now = clock.instant();
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ref_bill_posting (idempotency_key, request_hash, kind, shop_code, direction, amount, "
                        + "currency, trade_type, reason, reference, order_number, reverses_posting_id, posted_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        draft.idempotencyKey(),
                        hash,
                        draft.kind(),
                        draft.shop(),
                        draft.direction(),
                        draft.amount(),
                        draft.currency(),
                        draft.tradeType(),
                        draft.reason(),
                        draft.reference(),
                        draft.orderNumber(),
                        draft.reversesPostingId(),
                        Timestamp.from(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        BigDecimal signed = "CREDIT".equals(draft.direction())
                ? draft.amount()
                : draft.amount().negate();
        jdbc.sql("INSERT INTO ref_bill_transaction (shop_code, period, booked_at, trade_type, amount, currency, "
                        + "order_number, description, posting_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        draft.shop(),
                        YearMonth.from(now.atZone(ZoneOffset.UTC)).toString(),
                        Timestamp.from(now),
                        draft.tradeType(),
                        signed,
                        draft.currency(),
                        draft.orderNumber(),
                        description(draft),
                        id)
                .update();
        return id;
    }

    private static String description(Draft draft) {
        String what = switch (draft.kind()) {
            case "PENALTY" -> "Penalty";
            case "PENALTY_REVERSAL" -> "Reversal of penalty #" + draft.reversesPostingId();
            default -> "Adjustment";
        };
        String text = what
                + (draft.reference() == null ? "" : " (" + draft.reference() + ")")
                + (draft.reason() == null ? "" : ": " + draft.reason());
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    Optional<PostingDocument> byId(long id) {
        return jdbc.sql("SELECT * FROM ref_bill_posting WHERE id = ?")
                .param(id)
                .query((rs, i) -> stored(rs).posting())
                .optional();
    }

    /** The reversal of a penalty, if any. */
    Optional<PostingDocument> reversalOf(long penaltyId) {
        return jdbc.sql("SELECT * FROM ref_bill_posting WHERE reverses_posting_id = ?")
                .param(penaltyId)
                .query((rs, i) -> stored(rs).posting())
                .optional();
    }

    private record Stored(PostingDocument posting, String requestHash) {}

    private Optional<Stored> find(String idempotencyKey) {
        return jdbc.sql("SELECT * FROM ref_bill_posting WHERE idempotency_key = ?")
                .param(idempotencyKey)
                .query((rs, i) -> stored(rs))
                .optional();
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(
                new PostingDocument(
                        rs.getLong("id"),
                        rs.getString("idempotency_key"),
                        rs.getString("kind"),
                        rs.getString("shop_code"),
                        rs.getString("direction"),
                        rs.getBigDecimal("amount"),
                        rs.getString("currency"),
                        rs.getString("trade_type"),
                        rs.getString("reason"),
                        rs.getString("reference"),
                        rs.getObject("reverses_posting_id") == null ? null : rs.getLong("reverses_posting_id"),
                        rs.getTimestamp("posted_at").toInstant()),
                rs.getString("request_hash"));
    }
}
