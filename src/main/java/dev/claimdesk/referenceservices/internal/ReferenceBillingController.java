package dev.claimdesk.referenceservices.internal;

import dev.claimdesk.referenceservices.ReferenceServices;
import dev.claimdesk.referenceservices.internal.BillDocuments.AdjustmentRequest;
import dev.claimdesk.referenceservices.internal.BillDocuments.PayoutDocument;
import dev.claimdesk.referenceservices.internal.BillDocuments.PenaltyRequest;
import dev.claimdesk.referenceservices.internal.BillDocuments.PostingDocument;
import dev.claimdesk.referenceservices.internal.BillDocuments.ReversalRequest;
import dev.claimdesk.referenceservices.internal.BillDocuments.StatementDocument;
import dev.claimdesk.referenceservices.internal.BillDocuments.TransactionDocument;
import dev.claimdesk.referenceservices.internal.OrderDocuments.ShopDocument;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reference bill service's HTTP API: docs/api/bill-service.yaml. */
@RestController
@RequestMapping(ReferenceServices.BILLING_API)
@EnabledReferenceServices
class ReferenceBillingController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_MONTHS = 24;
    private static final Set<String> DIRECTIONS = Set.of("CREDIT", "DEBIT");

    private final ReferenceShops shops;
    private final ReferenceBillStore store;
    private final PostingBook book;

    ReferenceBillingController(ReferenceShops shops, ReferenceBillStore store, PostingBook book) {
        this.shops = shops;
        this.store = store;
        this.book = book;
    }

    @GetMapping("/shops/{shop}/statements")
    List<StatementDocument> statements(@PathVariable String shop, @RequestParam String from, @RequestParam String to) {
        YearMonth first = month(from);
        YearMonth last = month(to);
        if (last.isBefore(first) || first.plusMonths(MAX_MONTHS).isBefore(last)) {
            throw ReferenceProblem.badRequest("from <= to, at most " + MAX_MONTHS + " months apart");
        }
        return store.statements(shops.require(shop), first, last);
    }

    @GetMapping("/shops/{shop}/statements/{period}/transactions")
    List<TransactionDocument> transactions(
            @PathVariable String shop, @PathVariable String period, @RequestParam(required = false) String tradeType) {
        if (tradeType != null && !BillDocuments.TRADE_TYPES.contains(tradeType)) {
            throw ReferenceProblem.badRequest("Unknown trade type " + tradeType);
        }
        return store.transactions(shops.require(shop), month(period), tradeType);
    }

    @GetMapping("/shops/{shop}/payouts")
    List<PayoutDocument> payouts(@PathVariable String shop) {
        return store.payouts(shops.require(shop));
    }

    @PostMapping("/shops/{shop}/adjustments")
    ResponseEntity<PostingDocument> adjust(
            @PathVariable String shop,
            @RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody AdjustmentRequest request) {
        ShopDocument known = shops.require(shop);
        if (!DIRECTIONS.contains(request.direction())) {
            throw ReferenceProblem.badRequest("direction must be CREDIT or DEBIT");
        }
        if (request.tradeType() == null || !BillDocuments.TRADE_TYPES.contains(request.tradeType())) {
            throw ReferenceProblem.badRequest("Unknown trade type " + request.tradeType());
        }
        checkAmount(known, request.amount(), request.currency());
        var draft = new PostingBook.Draft(
                key(idempotencyKey),
                "ADJUSTMENT",
                known.code(),
                request.direction(),
                request.amount(),
                request.currency(),
                request.tradeType(),
                request.reason(),
                request.reference(),
                null,
                null);
        return answer(book.post(draft, d -> {}));
    }

    @PostMapping("/shops/{shop}/penalties")
    ResponseEntity<PostingDocument> penalize(
            @PathVariable String shop,
            @RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody PenaltyRequest request) {
        ShopDocument known = shops.require(shop);
        checkAmount(known, request.amount(), request.currency());
        var draft = new PostingBook.Draft(
                key(idempotencyKey),
                "PENALTY",
                known.code(),
                "DEBIT",
                request.amount(),
                request.currency(),
                "PENALTY",
                request.reason(),
                request.reference(),
                request.orderNumber(),
                null);
        return answer(book.post(draft, d -> {}));
    }

    @PostMapping("/penalties/{id}/reversal")
    ResponseEntity<PostingDocument> reverse(
            @PathVariable long id,
            @RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody ReversalRequest request) {
        PostingDocument penalty = book.byId(id)
                .filter(p -> "PENALTY".equals(p.kind()))
                .orElseThrow(() -> ReferenceProblem.notFound("PENALTY_NOT_FOUND", "No penalty #" + id));
        var draft = new PostingBook.Draft(
                key(idempotencyKey),
                "PENALTY_REVERSAL",
                penalty.shop(),
                "CREDIT",
                penalty.amount(),
                penalty.currency(),
                "PENALTY",
                request == null ? null : request.reason(),
                penalty.reference(),
                null,
                penalty.id());
        // checked before each insert; the UNIQUE constraint on reverses_posting_id settles a race between two keys
        return answer(book.post(
                draft,
                d -> book.reversalOf(id).ifPresent(earlier -> {
                    throw ReferenceProblem.conflict(
                            "ALREADY_REVERSED", "Penalty #" + id + " was already reversed by posting #" + earlier.id());
                })));
    }

    private static ResponseEntity<PostingDocument> answer(PostingBook.Result result) {
        return result.replayed()
                ? ResponseEntity.ok().header(REPLAYED, "true").body(result.posting())
                : ResponseEntity.status(HttpStatus.CREATED).body(result.posting());
    }

    private static void checkAmount(ShopDocument shop, BigDecimal amount, String currency) {
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            throw ReferenceProblem.badRequest("amount must be positive, with at most 2 decimals");
        }
        if (!shop.currency().equals(currency)) {
            throw new ReferenceProblem(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "CURRENCY_MISMATCH",
                    "Shop " + shop.code() + " is paid in " + shop.currency() + ", not " + currency);
        }
    }

    private static String key(String idempotencyKey) {
        if (!StringUtils.hasText(idempotencyKey) || idempotencyKey.length() > 200) {
            throw ReferenceProblem.badRequest("The Idempotency-Key header must hold 1 to 200 characters");
        }
        return idempotencyKey.strip();
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw ReferenceProblem.badRequest("Not a month (yyyy-MM): " + text);
        }
    }
}
