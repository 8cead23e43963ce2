package dev.claimdesk.rtv;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An RTV case as the back office shows it: the returned item, the pickup, the on-site appeal and the claim it led to.
 * Fields of later steps are null until those steps happen. {@code reminderAt}: when the seller is reminded of the claim
 * window, as the process computed it at pickup.
 */
public record RtvCase(
        String reference,
        String shop,
        String shopName,
        String sellerEmail,
        String country,
        String orderNumber,
        String sku,
        String itemName,
        Instant returnedAt,
        String reason,
        RtvStatus status,
        Instant requestedAt,
        Long processInstanceKey,
        LocalDate pickupDate,
        String pickupPlace,
        Instant pickupDueAt,
        Instant collectedAt,
        Boolean appealed,
        String appealReference,
        String appealNote,
        Instant claimWindowClosesAt,
        String claimReference,
        Instant closedAt,
        Instant reminderAt) {}
