package dev.claimdesk.orders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An order as the order service knows it.
 *
 * @param shop the shop's code
 * @param country the marketplace country the order was placed in (ISO 3166 alpha-2)
 * @param trackingNumber the parcel's tracking number; null until the order is ready to ship
 * @param sortingCenter e.g. "NG-JG-SEKO-Shenzhen-Seko Station"
 * @param currency of the items' prices and shipping fees (ISO 4217)
 */
public record Order(
        String orderNumber,
        String shop,
        String country,
        Instant createdAt,
        ShippingType shippingType,
        String trackingNumber,
        String sortingCenter,
        String currency,
        List<OrderItem> items) {

    public Order {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public Optional<OrderItem> item(String sku) {
        return items.stream().filter(i -> i.sku().equalsIgnoreCase(sku)).findFirst();
    }
}
