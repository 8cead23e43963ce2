package dev.claimdesk.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.billing.Adjustment;
import dev.claimdesk.billing.BillingNotFound;
import dev.claimdesk.billing.BillingRejected;
import dev.claimdesk.billing.PayoutState;
import dev.claimdesk.billing.Posting;
import dev.claimdesk.billing.TradeType;
import dev.claimdesk.platform.OutsideService;
import dev.claimdesk.platform.OutsideServiceSettings;
import dev.claimdesk.support.StubHttpService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.RestClient;

/** The bill client against a scripted bill service: what it sends, what it reads, how it maps failures. */
class HttpBillingTest {

    static final String POSTING = """
            {"id":41,"idempotencyKey":"job-7","kind":"ADJUSTMENT","shop":"nairobi-naturals","direction":"CREDIT",
             "amount":2580.00,"currency":"KES","tradeType":"COMMISSION","reason":"Commission charged twice",
             "reference":"CLM-2026-000001","reversesPostingId":null,"postedAt":"2026-05-04T10:00:00Z"}
            """;

    final StubHttpService stub = StubHttpService.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    HttpBilling client() {
        var settings = new OutsideServiceSettings(
                stub.baseUrl(),
                "bill-token",
                Duration.ofSeconds(1),
                Duration.ofMillis(300),
                new OutsideServiceSettings.Retry(3, Duration.ofMillis(10), 2.0, Duration.ofMillis(50)));
        return new HttpBilling(
                new OutsideService("bill service", settings, RestClient.builder(), new MockEnvironment()));
    }

    static Adjustment adjustment() {
        return new Adjustment(
                "nairobi-naturals",
                Posting.Direction.CREDIT,
                new BigDecimal("2580.00"),
                "KES",
                TradeType.COMMISSION,
                "Commission charged twice",
                "CLM-2026-000001");
    }

    @Test
    void anAdjustmentCarriesItsIdempotencyKeyAndIsRetriedAfterA5xx() {
        stub.answer(500, "{\"status\":500}").answer(201, POSTING);

        Posting posting = client().postAdjustment("job-7", adjustment());

        assertThat(posting.id()).isEqualTo(41);
        assertThat(posting.direction()).isEqualTo(Posting.Direction.CREDIT);
        assertThat(posting.amount()).isEqualByComparingTo("2580");
        assertThat(stub.received()).hasSize(2).allSatisfy(request -> {
            assertThat(request.pathAndQuery()).isEqualTo("/shops/nairobi-naturals/adjustments");
            assertThat(request.idempotencyKey()).isEqualTo("job-7");
            assertThat(request.authorization()).isEqualTo("Bearer bill-token");
            assertThat(request.body()).contains("\"direction\":\"CREDIT\"", "\"tradeType\":\"COMMISSION\"");
        });
    }

    @Test
    void aReusedKeyIsARejection() {
        stub.answer(409, "{\"status\":409,\"code\":\"IDEMPOTENCY_KEY_REUSED\",\"detail\":\"used\"}");

        assertThatThrownBy(() -> client().postAdjustment("job-7", adjustment()))
                .isInstanceOfSatisfying(
                        BillingRejected.class, e -> assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void aPostingWithoutKeyIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client().postAdjustment(" ", adjustment()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stub.received()).isEmpty();
    }

    @Test
    void readsStatementsTransactionsAndPayouts() {
        stub.answer(200, """
                        [{"shop":"nairobi-naturals","period":"2026-03","currency":"KES","credits":1000.00,
                          "debits":250.50,"net":749.50,"transactionCount":14}]""").answer(200, """
                        [{"id":9,"shop":"nairobi-naturals","period":"2026-03","bookedAt":"2026-03-12T09:30:00Z",
                          "tradeType":"SEKO_WEIGHT","amount":-120.00,"currency":"KES","orderNumber":null,
                          "description":"SEKO weight adjustment","postingId":null}]""").answer(200, """
                        [{"id":"PO-202603-nairobi-naturals","shop":"nairobi-naturals","period":"2026-03",
                          "amount":749.50,"currency":"KES","state":"DELAYED","scheduledOn":"2026-04-15",
                          "paidAt":null,"note":"Held"}]""");
        var client = client();

        var statement = client.statements("nairobi-naturals", YearMonth.of(2026, 1), YearMonth.of(2026, 3))
                .get(0);
        var transaction = client.transactions("nairobi-naturals", YearMonth.of(2026, 3), TradeType.SEKO_WEIGHT)
                .get(0);
        var payout = client.payouts("nairobi-naturals").get(0);

        assertThat(statement.period()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(statement.net()).isEqualByComparingTo("749.50");
        assertThat(transaction.tradeType()).isEqualTo(TradeType.SEKO_WEIGHT);
        assertThat(transaction.amount()).isEqualByComparingTo("-120");
        assertThat(payout.state()).isEqualTo(PayoutState.DELAYED);
        assertThat(stub.received())
                .extracting(StubHttpService.Received::pathAndQuery)
                .containsExactly(
                        "/shops/nairobi-naturals/statements?from=2026-01&to=2026-03",
                        "/shops/nairobi-naturals/statements/2026-03/transactions?tradeType=SEKO_WEIGHT",
                        "/shops/nairobi-naturals/payouts");
    }

    @Test
    void anUnknownShopIsNotFound() {
        stub.answer(404, "{\"status\":404,\"code\":\"SHOP_NOT_FOUND\",\"detail\":\"No shop x\"}");

        assertThatThrownBy(() -> client().payouts("x"))
                .isInstanceOf(BillingNotFound.class)
                .hasMessage("No shop x");
    }

    @Test
    void thirteenTradeTypesAreClaimable() {
        assertThat(TradeType.claimableTypes()).hasSize(13).doesNotContain(TradeType.ORDER_REVENUE);
        assertThat(TradeType.CUSTOM_CLEANING_FEE.label()).isEqualTo("Custom cleaning fee");
    }
}
