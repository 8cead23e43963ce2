package dev.claimdesk.orders.internal;

import dev.claimdesk.orders.Order;
import dev.claimdesk.orders.OrderItem;
import dev.claimdesk.orders.OrderNotFound;
import dev.claimdesk.orders.OrderPage;
import dev.claimdesk.orders.OrderRejected;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.orders.Shop;
import dev.claimdesk.orders.SkuDelisting;
import dev.claimdesk.platform.OutsideService;
import dev.claimdesk.platform.OutsideServiceException;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The order service over HTTP; the contract is docs/api/order-service.yaml. */
final class HttpOrders implements Orders {

    static final int MAX_PAGE_SIZE = 200;

    private final OutsideService service;

    HttpOrders(OutsideService service) {
        this.service = service;
    }

    @Override
    public Order order(String orderNumber) {
        return call(
                "GET order " + orderNumber,
                rest -> rest.get()
                        .uri("/orders/{orderNumber}", orderNumber)
                        .retrieve()
                        .body(Order.class));
    }

    @Override
    public OrderPage ordersOfShop(String shop, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException(
                    "page >= 0 and 1 <= size <= " + MAX_PAGE_SIZE + ": " + page + ", " + size);
        }
        return call(
                "GET orders of shop " + shop,
                rest -> rest.get()
                        .uri("/shops/{shop}/orders?page={page}&size={size}", shop, page, size)
                        .retrieve()
                        .body(OrderPage.class));
    }

    @Override
    public Optional<Shop> findShop(String codeOrName) {
        try {
            return Optional.ofNullable(call(
                    "GET shop " + codeOrName,
                    rest -> rest.get()
                            .uri("/shops/{shop}", codeOrName)
                            .retrieve()
                            .body(Shop.class)));
        } catch (OrderNotFound unknownShop) {
            return Optional.empty();
        }
    }

    @Override
    public OrderItem cancelItemAsNonOos(String orderNumber, String sku, String reason) {
        return call(
                "cancel item " + sku + " of order " + orderNumber + " as non-OOS",
                rest -> rest.post()
                        .uri("/orders/{orderNumber}/items/{sku}/non-oos-cancellation", orderNumber, sku)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(new CancellationRequest(reason))
                        .retrieve()
                        .body(OrderItem.class));
    }

    record CancellationRequest(String reason) {}

    @Override
    public SkuDelisting delistSku(String shop, String sku, String reason) {
        return call(
                "delist SKU " + sku + " of shop " + shop,
                rest -> rest.put()
                        .uri("/shops/{shop}/skus/{sku}/delisting", shop, sku)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(new DelistingRequest(reason))
                        .retrieve()
                        .body(SkuDelisting.class));
    }

    record DelistingRequest(String reason) {}

    @Override
    public Optional<SkuDelisting> delisting(String shop, String sku) {
        return service.call(
                "GET delisting of SKU " + sku + " of shop " + shop,
                rest -> rest.get()
                        .uri("/shops/{shop}/skus/{sku}/delisting", shop, sku)
                        .exchange(
                                (request, response) -> response.getStatusCode().value() == 404
                                        ? Optional.<SkuDelisting>empty()
                                        : Optional.ofNullable(response.bodyTo(SkuDelisting.class))));
    }

    /** 404 and 409/422 are the service's business answers; every other failure stays an OutsideServiceException. */
    private <T> T call(String operation, Function<RestClient, T> request) {
        try {
            return service.call(operation, request);
        } catch (OutsideServiceException e) {
            if (e.hasStatus(404)) {
                throw new OrderNotFound(e.detail());
            }
            if (e.hasStatus(409) || e.hasStatus(422)) {
                throw new OrderRejected(e.problemCode().orElse("REJECTED"), e.detail());
            }
            throw e;
        }
    }
}
