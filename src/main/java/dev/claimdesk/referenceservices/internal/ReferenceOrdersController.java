package dev.claimdesk.referenceservices.internal;

import dev.claimdesk.referenceservices.ReferenceServices;
import dev.claimdesk.referenceservices.internal.OrderDocuments.CancellationRequest;
import dev.claimdesk.referenceservices.internal.OrderDocuments.ItemDocument;
import dev.claimdesk.referenceservices.internal.OrderDocuments.OrderDocument;
import dev.claimdesk.referenceservices.internal.OrderDocuments.OrderPageDocument;
import dev.claimdesk.referenceservices.internal.OrderDocuments.ShopDocument;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reference order service's HTTP API: docs/api/order-service.yaml. */
@RestController
@RequestMapping(ReferenceServices.ORDERS_API)
@EnabledReferenceServices
class ReferenceOrdersController {

    static final int MAX_PAGE_SIZE = 200;

    private final ReferenceOrderStore store;
    private final ReferenceShops shops;

    ReferenceOrdersController(ReferenceOrderStore store, ReferenceShops shops) {
        this.store = store;
        this.shops = shops;
    }

    @GetMapping("/shops/{shop}")
    ShopDocument shop(@PathVariable String shop) {
        return shops.require(shop);
    }

    @GetMapping("/shops/{shop}/orders")
    OrderPageDocument ordersOfShop(
            @PathVariable String shop,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ReferenceProblem.badRequest("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        var known = shops.require(shop);
        return store.ordersOfShop(known.code(), page, size);
    }

    @GetMapping("/orders/{orderNumber}")
    OrderDocument order(@PathVariable String orderNumber) {
        return store.order(orderNumber)
                .orElseThrow(() -> ReferenceProblem.notFound("ORDER_NOT_FOUND", "No order " + orderNumber));
    }

    @PostMapping("/orders/{orderNumber}/items/{sku}/non-oos-cancellation")
    ItemDocument cancelAsNonOos(
            @PathVariable String orderNumber, @PathVariable String sku, @RequestBody CancellationRequest request) {
        if (request == null || !StringUtils.hasText(request.reason())) {
            throw ReferenceProblem.badRequest("A cancellation needs a reason");
        }
        if (store.order(orderNumber).isEmpty()) {
            throw ReferenceProblem.notFound("ORDER_NOT_FOUND", "No order " + orderNumber);
        }
        return store.cancelAsNonOos(orderNumber, sku, request.reason().strip());
    }

    @PutMapping("/shops/{shop}/skus/{sku}/delisting")
    OrderDocuments.DelistingDocument delist(
            @PathVariable String shop, @PathVariable String sku, @RequestBody CancellationRequest request) {
        if (request == null || !StringUtils.hasText(request.reason())) {
            throw ReferenceProblem.badRequest("A delisting needs a reason");
        }
        return store.delist(shops.require(shop).code(), sku, request.reason().strip());
    }

    @GetMapping("/shops/{shop}/skus/{sku}/delisting")
    OrderDocuments.DelistingDocument delisting(@PathVariable String shop, @PathVariable String sku) {
        return store.delisting(shops.require(shop).code(), sku)
                .orElseThrow(() -> ReferenceProblem.notFound("NOT_DELISTED", "SKU " + sku + " is not delisted"));
    }
}
