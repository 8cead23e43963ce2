package dev.claimdesk.rtv.internal;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.mail.CaseMail;
import dev.claimdesk.mail.MailKind;
import dev.claimdesk.mail.Mailbox;
import dev.claimdesk.orders.ItemStatus;
import dev.claimdesk.orders.Order;
import dev.claimdesk.orders.OrderItem;
import dev.claimdesk.orders.OrderNotFound;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.orders.Shop;
import dev.claimdesk.orders.StatusChange;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.FileTypes;
import dev.claimdesk.rtv.RtvCase;
import dev.claimdesk.rtv.RtvCaseAudited;
import dev.claimdesk.rtv.RtvCases;
import dev.claimdesk.rtv.RtvEntry;
import dev.claimdesk.rtv.RtvPhoto;
import dev.claimdesk.rtv.RtvRefused;
import dev.claimdesk.rtv.RtvRequest;
import dev.claimdesk.rtv.RtvStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** RTV cases: the seller's request, each step of the warehouse and the claim window, and the case's audit trail. */
@Service
class RtvService implements RtvCases {

    static final String SYSTEM = "system";
    private static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png", "image/webp");

    private final RtvStore store;
    private final Orders orders;
    private final BusinessCalendar calendar;
    private final AppClock clock;
    private final RtvSettings settings;
    private final ApplicationEventPublisher events;
    private final Mailbox mailbox;
    private final RtvHistoryImport historyImport;

    RtvService(
            RtvHistoryImport historyImport,
            RtvStore store,
            Orders orders,
            BusinessCalendar calendar,
            AppClock clock,
            RtvSettings settings,
            ApplicationEventPublisher events,
            Mailbox mailbox) {
        this.historyImport = historyImport;
        this.mailbox = mailbox;
        this.store = store;
        this.orders = orders;
        this.calendar = calendar;
        this.clock = clock;
        this.settings = settings;
        this.events = events;
    }

    /** Published inside the storing transaction; the process starts once it commits. */
    record RtvStored(String reference) {}

    @Override
    @Transactional
    public RtvCase request(RtvRequest request, String actor) {
        if (!StringUtils.hasText(request.shop())) {
            throw new RtvRefused("shop", "The shop is required.");
        }
        if (!StringUtils.hasText(request.orderNumber())) {
            throw new RtvRefused("orderNumber", "The order number is required.");
        }
        if (!StringUtils.hasText(request.sku())) {
            throw new RtvRefused("sku", "The SKU of the returned item is required.");
        }
        Shop shop = orders.findShop(request.shop().strip())
                .orElseThrow(() -> new RtvRefused("shop", "No shop '" + request.shop() + "' is known."));
        String orderNumber = request.orderNumber().strip();
        Order order;
        try {
            order = orders.order(orderNumber);
        } catch (OrderNotFound e) {
            throw new RtvRefused("orderNumber", "Order " + orderNumber + " does not exist.");
        }
        if (!order.shop().equals(shop.code())) {
            throw new RtvRefused("orderNumber", "Order " + orderNumber + " is not an order of " + shop.name() + ".");
        }
        OrderItem item = order.item(request.sku().strip())
                .orElseThrow(() -> new RtvRefused(
                        "sku",
                        "Order " + orderNumber + " has no item " + request.sku().strip() + "."));
        if (item.status() != ItemStatus.RETURNED) {
            throw new RtvRefused(
                    "sku",
                    "Item " + item.sku() + " of order " + orderNumber + " is "
                            + item.status().label()
                            + ", not Returned: only a returned item can be sent back to the seller (RTV).");
        }
        if (store.hasOpenCase(orderNumber, item.sku())) {
            throw new RtvRefused(
                    "sku", "Item " + item.sku() + " of order " + orderNumber + " already has an open RTV request.");
        }
        Instant now = clock.instant();
        Instant returnedAt = item.history().stream()
                .filter(change -> change.status() == ItemStatus.RETURNED)
                .map(StatusChange::at)
                .reduce((first, last) -> last)
                .orElse(null);
        String reference = store.insert(
                new RtvStore.NewCase(
                        shop.code(),
                        shop.name(),
                        shop.email(),
                        shop.country(),
                        orderNumber,
                        item.sku(),
                        item.name(),
                        returnedAt,
                        StringUtils.hasText(request.reason()) ? request.reason().strip() : null,
                        request.channel(),
                        now),
                now.atZone(calendar.zone()).getYear());
        record(reference, now, actor, RtvCaseAudited.REQUESTED, "RTV requested via " + request.channel(), null);
        events.publishEvent(new RtvStored(reference));
        return store.find(reference).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RtvCase> find(String reference) {
        return store.find(reference);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RtvCase> byAppeal(String appealReference) {
        return store.byAppeal(appealReference);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RtvCase> byClaim(String claimReference) {
        return store.byClaim(claimReference);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RtvCase> recent(int limit) {
        return store.recent(limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RtvEntry> history(String reference) {
        return store.history(reference);
    }

    @Override
    @Transactional(readOnly = true)
    public dev.claimdesk.platform.HistoryPage<RtvCaseAudited> historyAfter(long cursor, int cases) {
        return store.historyAfter(cursor, cases);
    }

    @Override
    public List<String> importHistory(List<dev.claimdesk.rtv.PastRtvCase> cases) {
        return historyImport.importHistory(cases);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RtvPhoto> photos(String reference) {
        return store.photos(reference);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> photoContent(String reference, long photoId) {
        return store.photoContent(reference, photoId);
    }

    @Override
    @Transactional
    public RtvPhoto addPhoto(String reference, String fileName, byte[] content, String actor) {
        RtvCase rtv = store.find(reference).orElseThrow(() -> new RtvRefused("reference", "No RTV case " + reference));
        if (!rtv.status().isOpen()) {
            throw new RtvRefused(
                    "photo",
                    "RTV case " + reference + " is closed: " + rtv.status().label() + ".");
        }
        String name = StringUtils.hasText(fileName) ? StringUtils.getFilename(fileName.strip()) : "photo";
        if (content == null || content.length == 0) {
            throw new RtvRefused("photo", name + " is empty.");
        }
        if (content.length > settings.photoMaxSize().toBytes()) {
            throw new RtvRefused(
                    "photo", name + " is larger than " + settings.photoMaxSize().toMegabytes() + " MB.");
        }
        String type = FileTypes.sniff(content)
                .filter(PHOTO_TYPES::contains)
                .orElseThrow(() -> new RtvRefused("photo", name + " is not a JPEG, PNG or WebP photo."));
        RtvPhoto photo = store.addPhoto(reference, name, type, content, actor, clock.instant());
        record(reference, clock.instant(), actor, "photo added", name, null);
        return photo;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> appealProblem(String orderNumber, String sku, String appealReference, Instant at) {
        Optional<RtvCase> found =
                StringUtils.hasText(appealReference) ? store.byAppeal(appealReference.strip()) : Optional.empty();
        if (found.isEmpty()
                || !found.get().orderNumber().equalsIgnoreCase(orderNumber)
                || !found.get().sku().equalsIgnoreCase(sku)) {
            return Optional.of("No on-site appeal " + appealReference + " is registered for item " + sku + " of order "
                    + orderNumber + ": appeal to the warehouse staff when you collect the goods, then raise the"
                    + " claim with the appeal reference they give you.");
        }
        RtvCase rtv = found.get();
        if (rtv.claimReference() != null) {
            return Optional.of("Appeal " + rtv.appealReference() + " already has claim " + rtv.claimReference() + ".");
        }
        if (rtv.status() == RtvStatus.APPEAL_LAPSED || at.isAfter(rtv.claimWindowClosesAt())) {
            return Optional.of("The claim window of appeal " + rtv.appealReference() + " closed on "
                    + day(rtv.claimWindowClosesAt()) + " (" + settings.claimWorkingDays()
                    + " working days after the pickup on " + day(rtv.collectedAt()) + ").");
        }
        return Optional.empty();
    }

    // --- the process's steps (each once per job: a job delivered again changes nothing)

    /** The pickup is scheduled; returns when an uncollected RTV closes (end of the pickup window). */
    @Transactional
    Instant pickupScheduled(String reference, LocalDate date, String place, String actor, long jobKey) {
        Instant dueAt = calendar.endOf(calendar.addWorkingDays(date, settings.pickupWorkingDays()));
        store.pickupScheduled(reference, date, place, dueAt);
        record(
                reference,
                clock.instant(),
                actor,
                RtvCaseAudited.PICKUP_SCHEDULED,
                "on " + date + " at " + place + "; not collected by " + day(dueAt) + " closes the request",
                jobKey);
        return dueAt;
    }

    /** The appeal's claim window, and when the seller is reminded of it. */
    record ClaimWindow(Instant closesAt, Instant reminderAt) {}

    /** The goods were collected; with an appeal, returns its claim window, stored on the case (ADR 0121). */
    @Transactional
    Optional<ClaimWindow> pickedUp(
            String reference,
            Instant collectedAt,
            boolean appealed,
            String appealReference,
            String note,
            String actor,
            long jobKey) {
        Instant closes = appealed ? calendar.addWorkingDays(collectedAt, settings.claimWorkingDays()) : null;
        Instant reminder = appealed
                ? calendar.addWorkingDays(
                        collectedAt, Math.max(0, settings.claimWorkingDays() - settings.reminderWorkingDaysBefore()))
                : null;
        store.pickedUp(reference, collectedAt, appealed, appealed ? appealReference : null, note, closes, reminder);
        int photos = store.photos(reference).size();
        record(
                reference,
                clock.instant(),
                actor,
                RtvCaseAudited.COLLECTED,
                "at " + collectedAt.atZone(calendar.zone()).toLocalDateTime() + "; " + photos + " photo(s) on file",
                jobKey);
        if (appealed) {
            record(
                    reference,
                    clock.instant(),
                    actor,
                    RtvCaseAudited.APPEAL_REGISTERED,
                    appealReference + "; claim window closes " + day(closes) + (note == null ? "" : "; " + note),
                    jobKey);
        }
        return appealed ? Optional.of(new ClaimWindow(closes, reminder)) : Optional.empty();
    }

    @Transactional
    void claimLinked(String reference, String claimReference, long jobKey) {
        store.claimLinked(reference, claimReference);
        record(reference, clock.instant(), SYSTEM, RtvCaseAudited.CLAIM_RAISED, "claim " + claimReference, jobKey);
    }

    @Transactional
    void closed(String reference, RtvStatus status, String event, String details, long jobKey) {
        store.closed(reference, status, clock.instant());
        record(reference, clock.instant(), SYSTEM, event, details, jobKey);
    }

    /**
     * Emails the seller a notice about the case, queued under the job's key (a job delivered again sends nothing
     * twice), and records it in the same transaction.
     */
    @Transactional
    void notifySeller(String reference, MailKind kind, String event, long jobKey) {
        RtvCase rtv = get(reference);
        var values = new java.util.HashMap<String, Object>();
        values.put("orderNumber", rtv.orderNumber());
        values.put("sku", rtv.sku());
        values.put("pickupDate", rtv.pickupDate());
        values.put("pickupPlace", rtv.pickupPlace());
        values.put("pickupDeadline", rtv.pickupDueAt() == null ? null : day(rtv.pickupDueAt()));
        values.put("collectedOn", rtv.collectedAt() == null ? null : day(rtv.collectedAt()));
        values.put("appealReference", rtv.appealReference());
        values.put("claimDeadline", rtv.claimWindowClosesAt() == null ? null : day(rtv.claimWindowClosesAt()));
        String messageId = mailbox.queue(new CaseMail(
                reference,
                "Wrong-return RTV",
                rtv.sellerEmail(),
                rtv.shopName() == null ? rtv.shop() : rtv.shopName(),
                kind,
                "job-" + jobKey,
                values));
        record(reference, clock.instant(), SYSTEM, event, "Message-ID " + messageId, jobKey);
    }

    @Transactional
    boolean started(String reference, long processInstanceKey) {
        return store.started(reference, processInstanceKey);
    }

    /** Writes the audit entry and, if it is new, publishes it with the case as it now stands (read models follow). */
    private void record(String reference, Instant at, String actor, String event, String details, Long jobKey) {
        if (store.record(reference, at, actor, event, details, jobKey)) {
            events.publishEvent(new RtvCaseAudited(get(reference), new RtvEntry(at, actor, event, details)));
        }
    }

    RtvCase get(String reference) {
        return store.find(reference).orElseThrow(() -> new IllegalStateException("No RTV case " + reference));
    }

    /** The local date of an instant on the team's calendar, as sellers and staff read deadlines. */
    LocalDate day(Instant instant) {
        return instant.atZone(calendar.zone()).toLocalDate();
    }

    BusinessCalendar calendar() {
        return calendar;
    }

    RtvSettings settings() {
        return settings;
    }
}
