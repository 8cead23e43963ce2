package dev.claimdesk.demo;

import dev.claimdesk.claims.Claims;
import dev.claimdesk.counterfeit.Findings;
import dev.claimdesk.counterfeit.NewFinding;
import dev.claimdesk.intake.ClaimIntake;
import dev.claimdesk.intake.IntakeRejected;
import dev.claimdesk.intake.IntakeRequest;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.PlatformProperties;
import dev.claimdesk.referenceservices.ReferenceServices;
import dev.claimdesk.rtv.RtvCases;
import dev.claimdesk.rtv.RtvRefused;
import dev.claimdesk.rtv.RtvRequest;
import dev.claimdesk.security.Users;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

@Component
@ConditionalOnProperty(name = "claimdesk.demo.enabled", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoProperties properties;
    private final Users users;
    private final Claims claims;
    private final ClaimIntake intake;
    private final AppClock clock;
    private final Orders orders;
    private final PlatformProperties settings;
    private final Findings findings;
    private final DemoHistory history;
    private final DemoHistoryProgress historyProgress;
    private final RtvCases rtvCases;
    private final DemoCaseHistory caseHistory;

    DemoData(
            DemoHistory history,
            DemoCaseHistory caseHistory,
            DemoHistoryProgress historyProgress,
            DemoProperties properties,
            Users users,
            Claims claims,
            ClaimIntake intake,
            AppClock clock,
            Orders orders,
            PlatformProperties settings,
            Findings findings,
            RtvCases rtvCases) {
        this.findings = findings;
        this.history = history;
        this.caseHistory = caseHistory;
        this.historyProgress = historyProgress;
        this.rtvCases = rtvCases;
        this.orders = orders;
        this.settings = settings;
        this.properties = properties;
        this.users = users;
        this.claims = claims;
        this.intake = intake;
        this.clock = clock;
    }

    /** A few claims in flight, one per team, on the reference services' fixed demo orders. */
    private List<IntakeRequest> demoClaims() {
        String sku = orders.order(ReferenceServices.DEMO_ORDER_TO_CANCEL)
                .items()
                .getFirst()
                .sku();
        String lastMonth = YearMonth.now(clock.withZone(settings.timeZone()))
                .minusMonths(1)
                .toString();
        return List.of(
                new IntakeRequest(
                        "CANCEL_WRONG_ORDER",
                        shopCode(ReferenceServices.DEMO_SHOP_SHENZHEN_GADGETS),
                        "NG",
                        Map.of(
                                "orderNumber", List.of(ReferenceServices.DEMO_ORDER_TO_CANCEL),
                                "sku", List.of(sku),
                                "reason", List.of("sku-deleted-still-orders"),
                                "comment",
                                        List.of("We deleted this SKU on the seller center last week, but orders"
                                                + " for it still arrive.")),
                        List.of()),
                new IntakeRequest(
                        "SEKO_WAREHOUSE",
                        shopCode(ReferenceServices.DEMO_SHOP_LAGOS_LIGHTS),
                        "NG",
                        Map.of(
                                "orderNumber", List.of(ReferenceServices.DEMO_ORDER_LOST_PARCEL),
                                "trackingNumber", List.of("JG-NJS-319365323-5711"),
                                "expressCompany", List.of("SEKO"),
                                "sekoProblem", List.of("lost-package"),
                                "comment", List.of("The parcel was scanned at the hub, then nothing for two weeks.")),
                        List.of(new IntakeRequest.Upload(
                                "SIGN_FOR_PROOF", "sign-for-stamp.png", "image/png", DemoFiles.PNG))),
                new IntakeRequest(
                        "BILL_BREAKDOWN",
                        shopCode(ReferenceServices.DEMO_SHOP_NAIROBI_NATURALS),
                        "KE",
                        Map.of(
                                "statementPeriod", List.of(lastMonth),
                                "tradeType", List.of("COMMISSION"),
                                "amount", List.of("86.40"),
                                "comment",
                                        List.of("The commission for last month was charged twice for the same"
                                                + " orders.")),
                        List.of()));
    }

    /**
     * Three counterfeit findings on the demo marketplace: two wait for the seller's appeal, and one is appealed at once
     * with a counterfeit claim carrying both documents, so its review waits in the brand-protection queue.
     */
    private void demoFindings() {
        record Item(String shop, String country, String orderNumber, String sku) {}
        var items = new java.util.ArrayList<Item>();
        for (String shop : List.of(
                ReferenceServices.DEMO_SHOP_LAGOS_LIGHTS,
                ReferenceServices.DEMO_SHOP_NAIROBI_NATURALS,
                ReferenceServices.DEMO_SHOP_SHENZHEN_GADGETS)) {
            var code = shopCode(shop);
            var order = orders.order(
                    orders.ordersOfShop(code, 0, 5).orders().getLast().orderNumber());
            items.add(new Item(
                    code,
                    order.country(),
                    order.orderNumber(),
                    order.items().getFirst().sku()));
        }
        var penalties = List.of("25000.00", "4500.00", "150.00");
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            findings.record(
                    new NewFinding(
                            item.shop(),
                            item.country(),
                            item.orderNumber(),
                            item.sku(),
                            new java.math.BigDecimal(penalties.get(i)),
                            "A test purchase of this product showed a counterfeit brand label and packaging.",
                            "Test purchase TP-" + (4101 + i) + ": label, hologram and serial number checked"
                                    + " against the brand owner's reference samples; the brand owner confirmed."),
                    "brand",
                    "demo",
                    null);
        }
        var appealed = items.getLast();
        submit(new IntakeRequest(
                "COUNTERFEIT_APPEAL",
                appealed.shop(),
                appealed.country(),
                Map.of(
                        "orderNumber", List.of(appealed.orderNumber()),
                        "sku", List.of(appealed.sku()),
                        "comment",
                                List.of("We buy this product from the brand's authorized distributor. Both"
                                        + " documents are attached.")),
                List.of(
                        new IntakeRequest.Upload(
                                "BRAND_AUTHORIZATION", "brand-authorization.png", "image/png", DemoFiles.PNG),
                        new IntakeRequest.Upload(
                                "AUTHENTICITY_STATEMENT", "authenticity-statement.png", "image/png", DemoFiles.PNG))));
    }

    /** Intake takes shop codes only (a name is refused at its field): the demo marketplace's shops by name. */
    private String shopCode(String shopName) {
        return orders.findShop(shopName).orElseThrow().code();
    }

    /** Through intake like any claim; a demo claim the rules refuse is logged, never half-stored. */
    private void submit(IntakeRequest request) {
        try {
            intake.submit(request, "demo", null);
        } catch (IntakeRejected e) {
            log.warn("Demo claim {} refused: {} {}", request.category(), e.getMessage(), e.errors());
        }
    }

    /**
     * One RTV request waiting for the warehouse: the newest returned item of Lagos Lights (the demo marketplace is
     * the same on every start, so it is always the same item).
     */
    private void requestDemoRtv() {
        for (int page = 0; page < 5; page++) {
            var found = orders.ordersOfShop(ReferenceServices.DEMO_SHOP_LAGOS_LIGHTS, page, 100).orders().stream()
                    .filter(o -> o.itemStatuses().contains(dev.claimdesk.orders.ItemStatus.RETURNED))
                    .findFirst();
            if (found.isPresent()) {
                var order = orders.order(found.get().orderNumber());
                var item = order.items().stream()
                        .filter(i -> i.status() == dev.claimdesk.orders.ItemStatus.RETURNED)
                        .findFirst()
                        .orElseThrow();
                try {
                    var rtv = rtvCases.request(
                            new RtvRequest(
                                    order.shop(),
                                    order.orderNumber(),
                                    item.sku(),
                                    "The customer's return holds a product we do not sell.",
                                    "demo"),
                            "seller");
                    log.info(
                            "Demo RTV request {} waits for the warehouse (order {}, item {})",
                            rtv.reference(),
                            order.orderNumber(),
                            item.sku());
                } catch (RtvRefused e) {
                    log.warn("Demo RTV request refused: {}", e.getMessage());
                }
                return;
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!StringUtils.hasText(properties.password())) {
            throw new IllegalStateException("claimdesk.demo.password must be set when the demo is enabled");
        }
        DemoUsers.ALL.forEach(u -> users.saveUser(u.username(), u.name(), properties.password(), u.roles(), u.teams()));
        boolean fresh = claims.recent(1).isEmpty();
        boolean findingsToSeed = findings.recent(1).isEmpty();
        boolean rtvToSeed = rtvCases.recent(1).isEmpty();
        int pastClaims = fresh ? Math.max(properties.historyClaims(), 0) : 0;
        log.info(
                "Demo users ready. Log in as {} (password: the demo password, \"demo\" by default)",
                DemoUsers.ALL.stream().map(DemoUsers.DemoUser::username).toList());
        // the demo's cases and its made-up past follow in the background (every page's bar says so meanwhile): the
        // back office is usable at once
        historyProgress.started(pastClaims);
        Thread.ofPlatform()
                .name("demo-data")
                .daemon()
                .start(() -> loadInBackground(fresh, findingsToSeed, rtvToSeed, pastClaims));
    }

    private void loadInBackground(boolean fresh, boolean findingsToSeed, boolean rtvToSeed, int pastClaims) {
        try {
            if (fresh) {
                demoClaims().forEach(this::submit);
            }
            // the past first, so that the live findings and RTV request are the newest in their lists
            if (findingsToSeed) {
                seedPast(
                        "decided counterfeit findings",
                        () -> caseHistory.seedFindings(
                                properties.historyFindings(), properties.historyDays(), done -> {}));
                demoFindings();
            }
            if (rtvToSeed) {
                seedPast(
                        "closed RTV cases",
                        () -> caseHistory.seedRtvCases(
                                properties.historyRtvCases(), properties.historyDays(), done -> {}));
                requestDemoRtv();
            }
            log.info("Demo cases loaded: claims, counterfeit findings and an RTV request");
            historyProgress.casesLoaded();
            if (pastClaims > 0) {
                seedPast(
                        "closed claims",
                        () -> history.seed(pastClaims, properties.historyDays(), 500, historyProgress::done));
            }
        } catch (RuntimeException e) {
            log.warn("Demo cases could not be loaded: {}", e.getMessage(), e);
        } finally {
            historyProgress.finished();
        }
    }

    /** Stores a part of the made-up past and says how long it took; a failure is logged (the demo runs on without). */
    private void seedPast(String what, java.util.function.IntSupplier seed) {
        if (properties.historyDays() <= 0) {
            return;
        }
        long start = System.nanoTime();
        try {
            int stored = seed.getAsInt();
            log.info(
                    "Demo history: {} {} of the last {} days stored in {} ms",
                    stored,
                    what,
                    properties.historyDays(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Demo history of {} could not be stored: {}", what, e.getMessage(), e);
        }
    }
}
