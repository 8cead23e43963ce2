package dev.claimdesk.intake.internal;

import dev.claimdesk.orders.Orders;
import dev.claimdesk.orders.Shop;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The link a seller opened the form with, and the shop it is for. */
@Component
class SellerFormSupport {

    private final SignedSellerLinks links;
    private final Orders orders;

    SellerFormSupport(SignedSellerLinks links, Orders orders) {
        this.links = links;
        this.orders = orders;
    }

    boolean valid(String shop, long expires, String signature) {
        return links.valid(shop, expires, signature);
    }

    String nameOf(String shop) {
        return find(shop).map(Shop::name).orElse(shop);
    }

    String countryOf(String shop) {
        return find(shop).map(Shop::country).orElse(null);
    }

    String emailOf(String shop) {
        return find(shop).map(Shop::email).orElse("your registered address");
    }

    private Optional<Shop> find(String shop) {
        try {
            return orders.findShop(shop);
        } catch (RuntimeException e) {
            return Optional.empty(); // shown without the name; submitting reports the outage properly
        }
    }
}
