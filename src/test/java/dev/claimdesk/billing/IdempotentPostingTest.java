package dev.claimdesk.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.support.ClaimDeskTest;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Postings through the bill client, over HTTP, into the reference bill service's database: once per key. */
@ClaimDeskTest
class IdempotentPostingTest {

    static final String SHOP = "nairobi-naturals";

    @Autowired
    Billing billing;

    @Autowired
    JdbcTemplate jdbc;

    static Adjustment credit(String amount) {
        return new Adjustment(
                SHOP,
                Posting.Direction.CREDIT,
                new BigDecimal(amount),
                "KES",
                TradeType.COMMISSION,
                "Commission charged twice",
                "CLM-TEST");
    }

    @Test
    void theSameKeyTwicePostsOnceAndReturnsTheFirstPosting() {
        String key = "test-" + UUID.randomUUID();

        Posting first = billing.postAdjustment(key, credit("2580"));
        Posting second = billing.postAdjustment(key, credit("2580.00"));

        assertThat(second).isEqualTo(first);
        assertThat(postings(key)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ref_bill_transaction WHERE posting_id = ?", Integer.class, first.id()))
                .isEqualTo(1);
        var transactions = billing.transactions(
                SHOP, YearMonth.from(first.postedAt().atZone(ZoneOffset.UTC)), TradeType.COMMISSION);
        assertThat(transactions)
                .filteredOn(t -> Long.valueOf(first.id()).equals(t.postingId()))
                .singleElement()
                .satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("2580"));
    }

    @Test
    void theSameKeyFromEightThreadsAtOncePostsOnce() throws Exception {
        String key = "test-" + UUID.randomUUID();
        var start = new CountDownLatch(1);
        List<Future<Posting>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return billing.postAdjustment(key, credit("100"));
                }));
            }
            start.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<Posting> result : results) {
                ids.add(result.get().id());
            }
            assertThat(ids).hasSize(8).containsOnly(ids.get(0));
        }
        assertThat(postings(key)).isEqualTo(1);
    }

    @Test
    void theSameKeyForADifferentRequestIsRejected() {
        String key = "test-" + UUID.randomUUID();
        billing.postAdjustment(key, credit("100"));

        assertThatThrownBy(() -> billing.postAdjustment(key, credit("999")))
                .isInstanceOfSatisfying(
                        BillingRejected.class, e -> assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(postings(key)).isEqualTo(1);
    }

    @Test
    void aPenaltyIsReversedOnceWhateverTheKeys() {
        Posting penalty = billing.postPenalty(
                "test-" + UUID.randomUUID(),
                new Penalty(SHOP, new BigDecimal("3870"), "KES", "Counterfeit product", "CLM-TEST", null));
        String reversalKey = "test-" + UUID.randomUUID();

        Posting reversal = billing.reversePenalty(reversalKey, penalty.id(), "Appeal upheld");
        Posting replay = billing.reversePenalty(reversalKey, penalty.id(), "Appeal upheld");

        assertThat(penalty.kind()).isEqualTo(Posting.PostingKind.PENALTY);
        assertThat(penalty.direction()).isEqualTo(Posting.Direction.DEBIT);
        assertThat(reversal.kind()).isEqualTo(Posting.PostingKind.PENALTY_REVERSAL);
        assertThat(reversal.direction()).isEqualTo(Posting.Direction.CREDIT);
        assertThat(reversal.reversesPostingId()).isEqualTo(penalty.id());
        assertThat(replay).isEqualTo(reversal);
        assertThatThrownBy(() -> billing.reversePenalty("test-" + UUID.randomUUID(), penalty.id(), "again"))
                .isInstanceOfSatisfying(
                        BillingRejected.class, e -> assertThat(e.code()).isEqualTo("ALREADY_REVERSED"));
        assertThatThrownBy(() -> billing.reversePenalty("test-" + UUID.randomUUID(), reversal.id(), "not a penalty"))
                .isInstanceOf(BillingNotFound.class);
    }

    @Test
    void aPostingInAnotherCurrencyThanTheShopsIsRejected() {
        assertThatThrownBy(() -> billing.postAdjustment(
                        "test-" + UUID.randomUUID(),
                        new Adjustment(
                                SHOP, Posting.Direction.DEBIT, BigDecimal.TEN, "USD", TradeType.FX_RATE, "x", null)))
                .isInstanceOfSatisfying(
                        BillingRejected.class, e -> assertThat(e.code()).isEqualTo("CURRENCY_MISMATCH"));
    }

    @Test
    void readsStatementsAndPayoutsOfADemoShop() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        List<Statement> statements = billing.statements(SHOP, now.minusMonths(5), now);

        assertThat(statements).hasSize(6);
        assertThat(statements).allSatisfy(s -> {
            assertThat(s.currency()).isEqualTo("KES");
            assertThat(s.net()).isEqualByComparingTo(s.credits().subtract(s.debits()));
        });
        assertThat(statements.get(0).transactionCount()).isGreaterThanOrEqualTo(13);
        assertThat(billing.transactions(SHOP, now.minusMonths(2), null))
                .extracting(Transaction::tradeType)
                .containsAll(TradeType.claimableTypes());
        assertThat(billing.payouts(SHOP)).extracting(Payout::state).contains(PayoutState.DELAYED);
        assertThatThrownBy(() -> billing.payouts("no-such-shop")).isInstanceOf(BillingNotFound.class);
    }

    private int postings(String key) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM ref_bill_posting WHERE idempotency_key = ?", Integer.class, key);
    }
}
