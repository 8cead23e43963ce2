package dev.claimdesk.rtv;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The rtv module's API. */
public interface RtvCases {

    /**
     * Stores the seller's RTV request and starts its WrongReturnRtv process once the transaction commits. The item
     * must be in status Returned in the order service and have no open RTV case.
     *
     * @throws RtvRefused naming the wrong field (shop, orderNumber, sku) and why
     */
    RtvCase request(RtvRequest request, String actor);

    Optional<RtvCase> find(String reference);

    Optional<RtvCase> byAppeal(String appealReference);

    /** The RTV case a wrong-return claim was linked to. */
    Optional<RtvCase> byClaim(String claimReference);

    List<RtvCase> recent(int limit);

    List<RtvEntry> history(String reference);

    List<RtvPhoto> photos(String reference);

    Optional<byte[]> photoContent(String reference, long photoId);

    /**
     * Adds a photo taken at the warehouse, checked by content (JPEG, PNG or WebP within the size limit).
     *
     * @throws RtvRefused if the file is not such an image, too large, or the case is closed
     */
    RtvPhoto addPhoto(String reference, String fileName, byte[] content, String actor);

    /**
     * Why a wrong-return claim for this order item and appeal reference, raised at {@code at}, cannot be accepted:
     * no such registered appeal for the item, or its window has closed (the message names the day it closed). Empty
     * when the claim may be raised.
     */
    Optional<String> appealProblem(String orderNumber, String sku, String appealReference, Instant at);

    /**
     * The stored cases' audit trails replayed as the {@link RtvCaseAudited} events they published (each with the case
     * as it stands now), whole cases at a time in the order they were stored: cases after {@code cursor} (0 for the
     * first page), at most {@code cases} of them. For read models that rebuild themselves.
     */
    dev.claimdesk.platform.HistoryPage<RtvCaseAudited> historyAfter(long cursor, int cases);

    /**
     * Stores closed cases with their trails in bulk (no process each) and publishes them as one
     * {@link RtvHistoryImported}; returns their references, in the given order.
     */
    List<String> importHistory(List<PastRtvCase> cases);
}
