package dev.claimdesk.counterfeit.internal;

import dev.claimdesk.counterfeit.FindingRejected;
import dev.claimdesk.counterfeit.NewFinding;
import dev.claimdesk.language.LanguageCheck;
import dev.claimdesk.orders.Order;
import dev.claimdesk.orders.OrderNotFound;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.orders.Shop;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Checks a finding against the order service before it is stored: the shop exists, the order is the shop's and holds
 * the SKU, the country is the order's, the penalty is a positive amount, and the reason (which the seller reads) is in
 * English. Every problem is named at once.
 */
@Component
class FindingValidator {

    static final BigDecimal MAX_PENALTY = new BigDecimal("1000000");

    private final Orders orders;
    private final LanguageCheck language;

    FindingValidator(Orders orders, LanguageCheck language) {
        this.orders = orders;
        this.language = language;
    }

    record Valid(
            Shop shop,
            String country,
            String orderNumber,
            String sku,
            BigDecimal penaltyAmount,
            String reason,
            String evidence) {}

    Valid validate(NewFinding f) {
        var errors = new LinkedHashMap<String, String>();
        Shop shop = null;
        if (!StringUtils.hasText(f.shop())) {
            errors.put("shop", "Name the shop (code or name).");
        } else {
            shop = orders.findShop(f.shop().strip()).orElse(null);
            if (shop == null) {
                errors.put("shop", "No shop '" + f.shop().strip() + "' at the order service.");
            }
        }
        Order order = null;
        String orderNumber = trim(f.orderNumber());
        if (orderNumber == null) {
            errors.put("orderNumber", "Give the order number.");
        } else {
            try {
                order = orders.order(orderNumber);
                if (shop != null && !order.shop().equals(shop.code())) {
                    errors.put("orderNumber", "Order " + orderNumber + " is not an order of " + shop.code() + ".");
                }
            } catch (OrderNotFound e) {
                errors.put("orderNumber", "No order " + orderNumber + ".");
            }
        }
        String sku = trim(f.sku());
        if (sku == null) {
            errors.put("sku", "Give the SKU.");
        } else if (order != null && order.item(sku).isEmpty()) {
            errors.put("sku", "Order " + orderNumber + " has no item with SKU " + sku + ".");
        }
        String country = trim(f.country());
        if (country == null || !country.matches("[A-Za-z]{2}")) {
            errors.put("country", "Give the two-letter country code, e.g. NG.");
        } else if (order != null && !order.country().equalsIgnoreCase(country)) {
            errors.put("country", "Order " + orderNumber + " was placed in " + order.country() + ".");
        }
        BigDecimal amount = f.penaltyAmount();
        if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_PENALTY) > 0 || amount.scale() > 2) {
            errors.put("penaltyAmount", "Give a positive amount with at most 2 decimals, up to 1,000,000.");
        }
        String reason = trim(f.reason());
        if (reason == null || reason.length() < 10 || reason.length() > 2000) {
            errors.put("reason", "Say why the product is counterfeit (10 to 2,000 characters): the seller reads it.");
        } else if (!language.isEnglish(reason)) {
            errors.put("reason", "Write the reason in English: the seller reads it.");
        }
        String evidence = trim(f.evidence());
        if (evidence == null || evidence.length() < 10 || evidence.length() > 4000) {
            errors.put("evidence", "Describe the evidence of the finding (10 to 4,000 characters).");
        }
        if (!errors.isEmpty()) {
            throw new FindingRejected(
                    "The finding cannot be recorded: " + String.join(", ", errors.keySet()) + ".", errors);
        }
        return new Valid(
                shop,
                country.toUpperCase(Locale.ROOT),
                orderNumber,
                order.item(sku).orElseThrow().sku(),
                amount.setScale(2),
                reason,
                evidence);
    }

    private static String trim(String value) {
        return StringUtils.hasText(value) ? value.strip() : null;
    }
}
