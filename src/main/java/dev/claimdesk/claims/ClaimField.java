package dev.claimdesk.claims;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fields a claim can carry besides shop and country. Which of them a category needs is in
 * {@link ClaimCategory}; the same definitions drive the API's validation, the seller's form and the claim view.
 */
public enum ClaimField {
    ORDER_NUMBER("orderNumber", "Order number", Type.TEXT),
    SKU("sku", "SKU number", Type.TEXT),
    TRACKING_NUMBER("trackingNumber", "Tracking number", Type.TEXT),
    EXPRESS_COMPANY("expressCompany", "Express company", Type.TEXT),
    SEKO_PROBLEM("sekoProblem", "Problem", Type.CHOICE, Options.SEKO_PROBLEMS),
    CANCEL_REASON("reason", "Reason", Type.CHOICE, Options.CANCEL_REASONS),
    API_ENDPOINT("apiEndpoint", "API endpoint", Type.TEXT),
    API_REQUEST("apiRequest", "API request", Type.CODE),
    API_RESPONSE("apiResponse", "API response", Type.CODE),
    STATEMENT_PERIOD("statementPeriod", "Account statement period", Type.MONTH),
    TRADE_TYPE("tradeType", "Transaction (trade) type", Type.CHOICE, Options.TRADE_TYPES),
    AMOUNT("amount", "Amount", Type.AMOUNT),
    RTV_REQUEST("rtvRequest", "RTV request number", Type.TEXT),
    PICKUP_DATE("pickupDate", "Pickup date", Type.DATE),
    APPEAL_REFERENCE("appealReference", "On-site appeal reference", Type.TEXT),
    COMMENT("comment", "Comment", Type.PROSE);

    /** TEXT: a short value; PROSE: free text that must be English; CODE: technical text, not language-checked. */
    public enum Type {
        TEXT,
        PROSE,
        CODE,
        CHOICE,
        DATE,
        MONTH,
        AMOUNT
    }

    public record Option(String value, String label) {}

    private final String key;
    private final String label;
    private final Type type;
    private final List<Option> options;

    ClaimField(String key, String label, Type type) {
        this(key, label, type, List.of());
    }

    ClaimField(String key, String label, Type type, List<Option> options) {
        this.key = key;
        this.label = label;
        this.type = type;
        this.options = options;
    }

    /** The name in the API, the form and process variables. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Type type() {
        return type;
    }

    public List<Option> options() {
        return options;
    }

    public Optional<Option> option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }

    /** What a stored value means to a person: an option's label, else the value. */
    public String display(String value) {
        return option(value).map(Option::label).orElse(value);
    }

    public static Optional<ClaimField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /**
     * Option lists, kept here so that the seller guides' wording stays in one place. The guides' jargon is said in the
     * seller's words: "SC" is the seller center, "Alice" the storefront buyers shop on.
     */
    static final class Options {
        static final List<Option> SEKO_PROBLEMS = List.of(
                new Option("scan", "Scan problem"),
                new Option("delivery", "Delivery problem"),
                new Option("lost-package", "Package lost"));
        static final List<Option> CANCEL_REASONS = List.of(
                new Option(
                        "sku-deleted-still-orders",
                        "Sync issue: SKU deleted in the seller center, but orders still arrive"),
                new Option(
                        "sku-deleted-alive-on-alice",
                        "Sync issue: SKU deleted in the seller center, but still live on the storefront"),
                new Option(
                        "sku-inactive-still-orders",
                        "Sync issue: SKU inactive in the seller center, but orders still arrive"),
                new Option(
                        "sku-inactive-alive-on-alice",
                        "Sync issue: SKU inactive in the seller center, but still live on the storefront"),
                new Option("api-issue", "API issue"),
                new Option("holiday-mode", "Store on holiday mode"));
        /** The 13 claimable trade types (values are the bill service's trade type codes). */
        static final List<Option> TRADE_TYPES = List.of(
                new Option("INTERNATIONAL_FREIGHT_FEE", "International freight fee"),
                new Option("WAREHOUSE_PROCESSING_FEE", "Warehouse processing fee"),
                new Option("CUSTOM_CLEANING_FEE", "Custom cleaning fee"),
                new Option("PENALTY", "Penalty"),
                new Option("COMMISSION", "Commission"),
                new Option("SUBSIDY", "Subsidy"),
                new Option("DOWN_PAYMENT", "Down payment"),
                new Option("DUPLICATE_RECHARGE", "Duplicate recharge"),
                new Option("PAID_NOT_RECEIVED", "Get paid but not receive on payment"),
                new Option("PAID_WRONG_AMOUNT", "Get paid in wrong amount"),
                new Option("FX_RATE", "FX rate"),
                new Option("SEKO_WEIGHT", "Seko weight"),
                new Option("RECHARGE_RATE", "Recharge rate"));

        private Options() {}
    }
}
