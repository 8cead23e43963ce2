package dev.claimdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.support.ClaimDeskTest;
import dev.claimdesk.support.ReferenceOrderFixture;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The order client in the default setup: over HTTP to the bundled reference service and its database. */
@ClaimDeskTest
class OrdersOverHttpTest {

    @Autowired
    Orders orders;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readsTheDemoOrderOfALostParcel() {
        Order order = orders.order("NG-240017");

        assertThat(order.shop()).isEqualTo("lagos-lights");
        assertThat(order.country()).isEqualTo("NG");
        assertThat(order.shippingType()).isEqualTo(ShippingType.DROPSHIPPING);
        assertThat(order.trackingNumber()).isEqualTo("JG-NJS-319365323-5711");
        assertThat(order.sortingCenter()).isEqualTo("NG-Lagos-Ikeja Sorting Center");
        assertThat(order.createdAt()).isAfter(Instant.now().minus(Duration.ofDays(90)));
        OrderItem item = order.items().get(0);
        assertThat(item.status()).isEqualTo(ItemStatus.SHIPPED);
        assertThat(item.history())
                .extracting(StatusChange::status)
                .containsExactly(ItemStatus.PENDING, ItemStatus.READY_TO_SHIP, ItemStatus.SHIPPED);
        assertThat(item.price()).isPositive();
    }

    @Test
    void findsShopsByNameOrCodeWithTheirRegisteredAddress() {
        Shop shop = orders.findShop("Shenzhen Gadgets").orElseThrow();
        assertThat(shop.code()).isEqualTo("shenzhen-gadgets");
        assertThat(shop.country()).isEqualTo("NG");
        assertThat(shop.sellerCountry()).isEqualTo("CN");
        assertThat(shop.email()).isEqualTo("support@shenzhen-gadgets.example");
        assertThat(orders.findShop("nairobi-naturals").orElseThrow().email())
                .isEqualTo("finance@nairobi-naturals.example");
        assertThat(orders.findShop("lagos LIGHTS")).isPresent();
        assertThat(orders.findShop("Kumasi Kente Co.")).map(Shop::country).contains("GH");
        assertThat(orders.findShop("No Such Shop")).isEmpty();
    }

    @Test
    void pagesThroughAShopsOrdersNewestFirst() {
        OrderPage first = orders.ordersOfShop("Shenzhen Gadgets", 0, 20);
        OrderPage second = orders.ordersOfShop("shenzhen-gadgets", 1, 20);

        assertThat(first.total()).isGreaterThan(40);
        assertThat(first.orders())
                .hasSize(20)
                .allSatisfy(o -> assertThat(o.shop()).isEqualTo("shenzhen-gadgets"));
        assertThat(first.orders().get(0).createdAt())
                .isAfterOrEqualTo(first.orders().get(19).createdAt());
        assertThat(first.orders().get(19).createdAt())
                .isAfterOrEqualTo(second.orders().get(0).createdAt());
        assertThatThrownBy(() -> orders.ordersOfShop("No Such Shop", 0, 20)).isInstanceOf(OrderNotFound.class);
    }

    @Test
    void cancellingAsNonOosTwiceCancelsOnce() {
        String number = ReferenceOrderFixture.order(jdbc, "READY_TO_SHIP");

        OrderItem first = orders.cancelItemAsNonOos(number, ReferenceOrderFixture.SKU, "SKU deleted on SC");
        OrderItem again = orders.cancelItemAsNonOos(number, ReferenceOrderFixture.SKU, "SKU deleted on SC");

        assertThat(first.status()).isEqualTo(ItemStatus.CANCELED);
        assertThat(first.cancellation().kind()).isEqualTo(OrderItem.CancellationKind.NON_OOS);
        assertThat(first.cancellation().comment()).isEqualTo("SKU deleted on SC");
        assertThat(again).isEqualTo(first);
        assertThat(ReferenceOrderFixture.historyEntries(jdbc, number, "CANCELED"))
                .isEqualTo(1);
    }

    @Test
    void aShippedItemCannotBeCancelled() {
        String number = ReferenceOrderFixture.order(jdbc, "SHIPPED");

        assertThatThrownBy(() -> orders.cancelItemAsNonOos(number, ReferenceOrderFixture.SKU, "API issue"))
                .isInstanceOfSatisfying(
                        OrderRejected.class, e -> assertThat(e.code()).isEqualTo("ITEM_NOT_CANCELLABLE"));
        assertThat(ReferenceOrderFixture.itemStatus(jdbc, number)).isEqualTo("SHIPPED");
        assertThatThrownBy(() -> orders.cancelItemAsNonOos(number, "NO-SUCH-SKU", "API issue"))
                .isInstanceOf(OrderNotFound.class);
    }
}
