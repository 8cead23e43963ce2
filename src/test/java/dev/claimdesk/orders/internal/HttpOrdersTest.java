package dev.claimdesk.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.orders.ItemStatus;
import dev.claimdesk.orders.OrderItem;
import dev.claimdesk.orders.OrderNotFound;
import dev.claimdesk.orders.OrderRejected;
import dev.claimdesk.orders.ShippingType;
import dev.claimdesk.platform.OutsideService;
import dev.claimdesk.platform.OutsideServiceException;
import dev.claimdesk.platform.OutsideServiceSettings;
import dev.claimdesk.support.StubHttpService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.RestClient;

/** The order client against a scripted order service: answers, business errors, retries and timeouts. */
class HttpOrdersTest {

    static final String ORDER = """
            {"orderNumber":"NG-240001","shop":"shenzhen-gadgets","country":"NG",
             "createdAt":"2026-03-02T08:15:30.123456Z","shippingType":"DROPSHIPPING",
             "trackingNumber":"JG-NJS-319365323-5711","sortingCenter":"NG-JG-SEKO-Shenzhen-Seko Station",
             "currency":"USD","somethingNew":"ignored",
             "items":[{"sku":"SH101EAX1NAFAMZ","name":"Wireless Earbuds","price":14.90,"shippingFee":2.10,
                       "status":"SHIPPED","cancellation":null,
                       "history":[{"status":"PENDING","at":"2026-03-02T08:15:30Z","note":"Order placed"},
                                  {"status":"SHIPPED","at":"2026-03-04T10:00:00Z","note":"Scanned"}]}]}
            """;

    final StubHttpService stub = StubHttpService.start();
    final MockEnvironment environment = new MockEnvironment();

    @AfterEach
    void stop() {
        stub.close();
    }

    HttpOrders client(String baseUrl) {
        var settings = new OutsideServiceSettings(
                baseUrl,
                "test-token",
                Duration.ofSeconds(1),
                Duration.ofMillis(300),
                new OutsideServiceSettings.Retry(3, Duration.ofMillis(10), 2.0, Duration.ofMillis(50)));
        return new HttpOrders(new OutsideService("order service", settings, RestClient.builder(), environment));
    }

    HttpOrders client() {
        return client(stub.baseUrl());
    }

    @Test
    void readsAnOrderWithItsItemsAndHistory() {
        stub.answer(200, ORDER);

        var order = client().order("NG-240001");

        assertThat(order.shop()).isEqualTo("shenzhen-gadgets");
        assertThat(order.createdAt()).isEqualTo(Instant.parse("2026-03-02T08:15:30.123456Z"));
        assertThat(order.shippingType()).isEqualTo(ShippingType.DROPSHIPPING);
        assertThat(order.trackingNumber()).isEqualTo("JG-NJS-319365323-5711");
        OrderItem item = order.item("SH101EAX1NAFAMZ").orElseThrow();
        assertThat(item.price()).isEqualByComparingTo(new BigDecimal("14.90"));
        assertThat(item.status()).isEqualTo(ItemStatus.SHIPPED);
        assertThat(item.history()).extracting(h -> h.status()).containsExactly(ItemStatus.PENDING, ItemStatus.SHIPPED);
        var request = stub.received().get(0);
        assertThat(request.pathAndQuery()).isEqualTo("/orders/NG-240001");
        assertThat(request.authorization()).isEqualTo("Bearer test-token");
    }

    @Test
    void notFoundIsTypedAndNotRetried() {
        stub.answer(404, "{\"status\":404,\"code\":\"ORDER_NOT_FOUND\",\"detail\":\"No order NG-9\"}");

        assertThatThrownBy(() -> client().order("NG-9"))
                .isInstanceOf(OrderNotFound.class)
                .hasMessage("No order NG-9");
        assertThat(stub.received()).hasSize(1);
    }

    @Test
    void anUnknownShopIsAbsentAndANameIsEncodedInThePath() {
        stub.answer(404, "{\"status\":404,\"code\":\"SHOP_NOT_FOUND\",\"detail\":\"No shop\"}");

        assertThat(client().findShop("No Such Shop")).isEmpty();
        assertThat(stub.received().get(0).pathAndQuery()).isEqualTo("/shops/No%20Such%20Shop");
    }

    @Test
    void aConflictIsARejectionWithTheServicesCode() {
        stub.answer(
                409,
                "{\"status\":409,\"code\":\"ITEM_NOT_CANCELLABLE\",\"detail\":\"Item X of order NG-1 is SHIPPED\"}");

        assertThatThrownBy(() -> client().cancelItemAsNonOos("NG-1", "X", "SKU deleted on SC but still get order"))
                .isInstanceOfSatisfying(OrderRejected.class, e -> {
                    assertThat(e.code()).isEqualTo("ITEM_NOT_CANCELLABLE");
                    assertThat(e.getMessage()).isEqualTo("Item X of order NG-1 is SHIPPED");
                });
        var request = stub.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.pathAndQuery()).isEqualTo("/orders/NG-1/items/X/non-oos-cancellation");
        assertThat(request.body()).isEqualTo("{\"reason\":\"SKU deleted on SC but still get order\"}");
        assertThat(stub.received()).hasSize(1);
    }

    @Test
    void unavailableIsRetriedWithBackOffUntilItAnswers() {
        stub.answer(503, "{\"status\":503}").answer(503, "{\"status\":503}").answer(200, ORDER);

        assertThat(client().order("NG-240001").orderNumber()).isEqualTo("NG-240001");
        assertThat(stub.received()).hasSize(3);
    }

    @Test
    void unavailableAfterEveryAttemptIsAFailureNamingTheService() {
        stub.answer(503, "{}").answer(502, "{}").answer(503, "{\"detail\":\"maintenance\"}");

        assertThatThrownBy(() -> client().order("NG-240001"))
                .isInstanceOfSatisfying(OutsideServiceException.class, e -> {
                    assertThat(e.status()).contains(503);
                    assertThat(e.getMessage())
                            .contains("order service answered 503", "GET order NG-240001", "3 attempts", "maintenance")
                            .doesNotContain("test-token");
                });
        assertThat(stub.received()).hasSize(3);
    }

    @Test
    void aReadTimeoutIsRetried() {
        stub.hang().answer(200, ORDER);

        assertThat(client().order("NG-240001").items()).hasSize(1);
        assertThat(stub.received()).hasSize(2);
    }

    @Test
    void timingOutOnEveryAttemptIsAFailureWithoutStatus() {
        stub.hang().hang().hang();

        assertThatThrownBy(() -> client().order("NG-240001"))
                .isInstanceOfSatisfying(OutsideServiceException.class, e -> {
                    assertThat(e.status()).isEmpty();
                    assertThat(e.getMessage()).contains("order service did not answer", "3 attempts");
                });
        assertThat(stub.received()).hasSize(3);
    }

    @Test
    void aRefusedTokenIsNotRetriedAndIsNoBusinessOutcome() {
        stub.answer(401, "{\"status\":401,\"code\":\"UNAUTHORIZED\"}");

        assertThatThrownBy(() -> client().order("NG-240001"))
                .isExactlyInstanceOf(OutsideServiceException.class)
                .satisfies(
                        e -> assertThat(((OutsideServiceException) e).status()).contains(401));
        assertThat(stub.received()).hasSize(1);
    }

    @Test
    void theBaseUrlMayNameThePortOfTheApplicationsOwnServerKnownOnlyOnceItRuns() {
        var client = client("http://localhost:${local.server.port}");
        assertThatThrownBy(() -> client.order("NG-240001"))
                .isInstanceOf(OutsideServiceException.class)
                .hasMessageContaining("cannot be resolved yet");

        environment.setProperty(
                "local.server.port", stub.baseUrl().substring(stub.baseUrl().lastIndexOf(':') + 1));
        stub.answer(200, ORDER);
        assertThat(client.order("NG-240001").orderNumber()).isEqualTo("NG-240001");
    }
}
