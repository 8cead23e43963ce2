package dev.claimdesk.billing;

import java.util.Arrays;
import java.util.List;

/**
 * What a transaction is for. The first 13 are the trade types sellers choose from in a bill-breakdown claim (one claim
 * per trade type); {@link #ORDER_REVENUE}, the proceeds of delivered orders, appears on statements but is not
 * claimable.
 */
public enum TradeType {
    INTERNATIONAL_FREIGHT_FEE("International freight fee"),
    WAREHOUSE_PROCESSING_FEE("Warehouse processing fee"),
    CUSTOM_CLEANING_FEE("Custom cleaning fee"),
    PENALTY("Penalty"),
    COMMISSION("Commission"),
    SUBSIDY("Subsidy"),
    DOWN_PAYMENT("Down payment"),
    DUPLICATE_RECHARGE("Duplicate recharge"),
    PAID_NOT_RECEIVED("Get paid but not receive on payment"),
    PAID_WRONG_AMOUNT("Get paid in wrong amount"),
    FX_RATE("FX rate"),
    SEKO_WEIGHT("Seko weight"),
    RECHARGE_RATE("Recharge rate"),
    ORDER_REVENUE("Order revenue");

    private final String label;

    TradeType(String label) {
        this.label = label;
    }

    /** The name sellers see, e.g. "Custom cleaning fee" (the seller center's spelling). */
    public String label() {
        return label;
    }

    public boolean claimable() {
        return this != ORDER_REVENUE;
    }

    /** The 13 trade types a bill-breakdown claim may name. */
    public static List<TradeType> claimableTypes() {
        return Arrays.stream(values()).filter(TradeType::claimable).toList();
    }
}
