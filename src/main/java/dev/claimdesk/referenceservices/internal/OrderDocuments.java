package dev.claimdesk.referenceservices.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The JSON documents of the reference order API (docs/api/order-service.yaml). */
final class OrderDocuments {

    private OrderDocuments() {}

    record ShopDocument(
            String code, String name, String country, String sellerCountry, String email, String currency) {}

    record OrderDocument(
            String orderNumber,
            String shop,
            String country,
            Instant createdAt,
            String shippingType,
            String trackingNumber,
            String sortingCenter,
            String currency,
            List<ItemDocument> items) {}

    record ItemDocument(
            String sku,
            String name,
            BigDecimal price,
            BigDecimal shippingFee,
            String status,
            List<StatusDocument> history,
            CancellationDocument cancellation) {}

    record StatusDocument(String status, Instant at, String note) {}

    record CancellationDocument(String kind, String comment) {}

    record OrderSummaryDocument(
            String orderNumber,
            String shop,
            String country,
            Instant createdAt,
            String shippingType,
            String trackingNumber,
            List<String> itemStatuses) {}

    record OrderPageDocument(List<OrderSummaryDocument> orders, int page, int size, long total) {}

    record CancellationRequest(String reason) {}

    record DelistingDocument(String shop, String sku, String reason, java.time.Instant delistedAt) {}
}
