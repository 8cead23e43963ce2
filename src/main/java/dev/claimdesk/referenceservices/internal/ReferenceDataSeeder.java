package dev.claimdesk.referenceservices.internal;

import dev.claimdesk.platform.AppClock;
import dev.claimdesk.referenceservices.ReferenceServices;
import dev.claimdesk.referenceservices.internal.DemoMarketplace.DemoShop;
import dev.claimdesk.referenceservices.internal.DemoMarketplace.Product;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty reference database with a demo marketplace: the shops of {@link DemoMarketplace}, about 2,400
 * orders over the last eight months in every status with their histories, six months of bills with every trade type,
 * and payouts (some delayed). Drawn from a fixed seed, relative to the application clock, in one transaction: an
 * interrupted seeding leaves nothing, and the next start seeds again. A database that has shops is left alone, so the
 * data is seeded once per database (once per JVM in the tests, which share one).
 */
@Component
@Order(0)
@EnabledReferenceServices
class ReferenceDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataSeeder.class);

    static final long SEED = 20240001L;
    static final int RANDOM_ORDERS = 2400;
    static final Duration ORDER_HISTORY = Duration.ofDays(240);
    static final int STATEMENT_MONTHS = 6;
    static final int FIRST_ORDER_NUMBER = 240101;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AppClock clock;
    private final ReferenceServicesProperties properties;

    ReferenceDataSeeder(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            AppClock clock,
            ReferenceServicesProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.seed()) {
            return;
        }
        Integer shops = jdbc.queryForObject("SELECT COUNT(*) FROM ref_shop", Integer.class);
        if (shops != null && shops > 0) {
            log.debug("Reference services: {} shops already there, nothing seeded", shops);
            return;
        }
        long started = System.nanoTime();
        String counts = transactions.execute(status -> new Generation(clock.instant()).write(jdbc));
        log.info(
                "Reference services: seeded {} in {} ms",
                counts,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** One seeding: draws every row, then writes the tables in foreign-key order. */
    static final class Generation {

        private final Random random = new Random(SEED);
        private final Instant now;
        private final YearMonth currentMonth;
        private final Map<String, List<CatalogItem>> catalogs = new HashMap<>();
        private final Map<String, Integer> nextNumber = new HashMap<>();
        private final List<Delivered> delivered = new ArrayList<>();

        private final RowBatch shops =
                new RowBatch("ref_shop", "code", "name", "country", "seller_country", "email", "currency");
        private final RowBatch orders = new RowBatch(
                "ref_order",
                "order_number",
                "shop_code",
                "country",
                "created_at",
                "shipping_type",
                "tracking_number",
                "sorting_center",
                "currency");
        private final RowBatch items = new RowBatch(
                "ref_order_item",
                "order_number",
                "sku",
                "name",
                "price",
                "shipping_fee",
                "status",
                "cancel_kind",
                "cancel_comment");
        private final RowBatch statuses =
                new RowBatch("ref_order_item_status", "order_number", "sku", "status", "at", "note");
        private final RowBatch bills = new RowBatch(
                "ref_bill_transaction",
                "shop_code",
                "period",
                "booked_at",
                "trade_type",
                "amount",
                "currency",
                "order_number",
                "description");
        private final RowBatch payouts = new RowBatch(
                "ref_bill_payout",
                "id",
                "shop_code",
                "period",
                "amount",
                "currency",
                "state",
                "scheduled_on",
                "paid_at",
                "note");

        Generation(Instant now) {
            this.now = now;
            this.currentMonth = YearMonth.from(now.atZone(ZoneOffset.UTC));
        }

        record CatalogItem(String sku, Product product) {}

        record Event(String status, Instant at, String note) {}

        record Delivered(DemoShop shop, String orderNumber, Instant at, BigDecimal price) {}

        String write(JdbcTemplate jdbc) {
            DemoMarketplace.SHOPS.forEach(this::shop);
            demoOrders();
            randomOrders();
            bills();
            shops.write(jdbc);
            int orderCount = orders.write(jdbc);
            int itemCount = items.write(jdbc);
            int statusCount = statuses.write(jdbc);
            int billCount = bills.write(jdbc);
            int payoutCount = payouts.write(jdbc);
            return "%d shops, %d orders (%d items, %d status changes), %d bill transactions, %d payouts"
                    .formatted(shops.size(), orderCount, itemCount, statusCount, billCount, payoutCount);
        }

        private void shop(DemoShop shop) {
            shops.add(shop.code(), shop.name(), shop.country(), shop.sellerCountry(), shop.email(), shop.currency());
            String prefix = shop.code().substring(0, 2).toUpperCase();
            var catalog = new ArrayList<CatalogItem>();
            for (Product product : DemoMarketplace.CATALOG.get(shop.category())) {
                // Jumia-style SKU: brand prefix, digits, "EA", a random part, the platform suffix
                String sku = prefix + (100 + random.nextInt(900)) + "EA" + alphanumeric(5) + "NAFAMZ";
                catalog.add(new CatalogItem(sku, product));
            }
            catalogs.put(shop.code(), catalog);
        }

        /** The orders the demo claims name: fixed, so the demo's story holds whatever the seed draws. */
        private void demoOrders() {
            DemoShop gadgets = shop(ReferenceServices.DEMO_SHOP_SHENZHEN_GADGETS);
            Instant placed = now.minus(Duration.ofDays(2)).minus(Duration.ofHours(3));
            order(
                    ReferenceServices.DEMO_ORDER_TO_CANCEL,
                    gadgets,
                    placed,
                    "DROPSHIPPING",
                    null,
                    List.of(
                            catalogs.get(gadgets.code()).get(0),
                            catalogs.get(gadgets.code()).get(2)),
                    List.of(new Event("PENDING", placed, "Order placed")));

            DemoShop lights = shop(ReferenceServices.DEMO_SHOP_LAGOS_LIGHTS);
            Instant created = now.minus(Duration.ofDays(20));
            Instant ready = created.plus(Duration.ofHours(9));
            Instant scanned = ready.plus(Duration.ofDays(2));
            order(
                    ReferenceServices.DEMO_ORDER_LOST_PARCEL,
                    lights,
                    created,
                    "DROPSHIPPING",
                    "JG-NJS-319365323-5711",
                    List.of(catalogs.get(lights.code()).get(0)),
                    List.of(
                            new Event("PENDING", created, "Order placed"),
                            new Event("READY_TO_SHIP", ready, "Tracking number generated"),
                            new Event("SHIPPED", scanned, "Scanned at " + lights.hub())));
        }

        private void randomOrders() {
            int totalWeight =
                    DemoMarketplace.SHOPS.stream().mapToInt(DemoShop::weight).sum();
            record Draft(DemoShop shop, Instant created) {}
            var drafts = new ArrayList<Draft>();
            for (int i = 0; i < RANDOM_ORDERS; i++) {
                int pick = random.nextInt(totalWeight);
                DemoShop chosen = null;
                for (DemoShop shop : DemoMarketplace.SHOPS) {
                    pick -= shop.weight();
                    if (pick < 0) {
                        chosen = shop;
                        break;
                    }
                }
                long seconds = (long) (random.nextDouble() * ORDER_HISTORY.toSeconds());
                drafts.add(new Draft(chosen, now.minusSeconds(seconds)));
            }
            // order numbers grow with time within each country, as a real marketplace's do
            drafts.sort(Comparator.comparing(Draft::created));
            for (Draft draft : drafts) {
                randomOrder(draft.shop(), draft.created());
            }
        }

        private void randomOrder(DemoShop shop, Instant created) {
            String number =
                    shop.country() + "-" + nextNumber.merge(shop.country(), FIRST_ORDER_NUMBER, (a, b) -> a + 1);
            String shippingType = random.nextDouble() < 0.62 ? "DROPSHIPPING" : "POSTAL";
            var catalog = new ArrayList<>(catalogs.get(shop.code()));
            Collections.shuffle(catalog, random);
            double r = random.nextDouble();
            int itemCount = r < 0.6 ? 1 : r < 0.88 ? 2 : 3;
            List<Event> timeline = timeline(created, sortingCenter(shop, shippingType));
            // the tracking number exists from "Ready to Ship" on; drawn in any case, so that the draws do not depend
            // on the time of seeding
            String tracking = trackingNumber(shop, shippingType);
            boolean ready = timeline.stream().anyMatch(e -> e.status().equals("READY_TO_SHIP") && !e.at().isAfter(now));
            order(
                    number,
                    shop,
                    created,
                    shippingType,
                    ready ? tracking : null,
                    catalog.subList(0, itemCount),
                    timeline);
        }

        private void order(
                String number,
                DemoShop shop,
                Instant created,
                String shippingType,
                String tracking,
                List<CatalogItem> chosen,
                List<Event> timeline) {
            orders.add(
                    number,
                    shop.code(),
                    shop.country(),
                    created,
                    shippingType,
                    tracking,
                    sortingCenter(shop, shippingType),
                    shop.currency());
            for (int i = 0; i < chosen.size(); i++) {
                CatalogItem item = chosen.get(i);
                List<Event> events = timeline;
                // now and then one item of a multi-item order runs out of stock before the parcel leaves
                if (i > 0 && random.nextDouble() < 0.1 && isUnshippedLongEnough(timeline)) {
                    Instant at = created.plus(hours(3, 30));
                    events = List.of(
                            timeline.get(0), new Event("CANCELED", at, "Cancelled by the seller: out of stock"));
                }
                events = events.stream().filter(e -> !e.at().isAfter(now)).toList();
                Event last = events.get(events.size() - 1);
                String cancelKind = last.status().equals("CANCELED") ? cancelKind(last.note()) : null;
                BigDecimal price = money(item.product().usd() * uniform(0.85, 1.15), shop.currency());
                items.add(
                        number,
                        item.sku(),
                        item.product().name(),
                        price,
                        money(uniform(0.8, 4.5), shop.currency()),
                        last.status(),
                        cancelKind,
                        cancelKind == null ? null : last.note());
                for (Event e : events) {
                    statuses.add(number, item.sku(), e.status(), e.at(), e.note());
                }
                if (last.status().equals("DELIVERED")) {
                    delivered.add(new Delivered(shop, number, last.at(), price));
                }
            }
        }

        private boolean isUnshippedLongEnough(List<Event> timeline) {
            return timeline.size() > 2
                    && timeline.get(0).at().plus(Duration.ofHours(30)).isBefore(now);
        }

        /**
         * The life of a parcel: placed, ready to ship within about a day, scanned at the sorting center within 5
         * workdays, then delivered (sometimes returned within 15 days) or failed; or cancelled by the customer before
         * the scan, by the seller for lack of stock, or automatically when not shipped within 5 workdays. Events after
         * now are left out, so recent orders are still pending, ready or in transit.
         */
        private List<Event> timeline(Instant created, String center) {
            var events = new ArrayList<Event>();
            events.add(new Event("PENDING", created, "Order placed"));
            Instant ready = created.plus(hours(1, 30));
            double fate = random.nextDouble();
            if (fate < 0.06) {
                if (random.nextBoolean()) {
                    events.add(new Event("READY_TO_SHIP", ready, "Tracking number generated"));
                    events.add(new Event(
                            "CANCELED", ready.plus(hours(1, 40)), "Cancelled by the customer before shipping"));
                } else {
                    events.add(new Event(
                            "CANCELED",
                            created.plus(Duration.ofMinutes(20 + random.nextInt(600))),
                            "Cancelled by the customer before shipping"));
                }
                return events;
            }
            if (fate < 0.08) {
                events.add(new Event("CANCELED", created.plus(hours(3, 40)), "Cancelled by the seller: out of stock"));
                return events;
            }
            events.add(new Event("READY_TO_SHIP", ready, "Tracking number generated"));
            if (fate < 0.10) {
                events.add(new Event(
                        "CANCELED",
                        created.plus(Duration.ofDays(7)),
                        "Cancelled automatically: not delivered to the warehouse within 5 workdays"));
                return events;
            }
            Instant scanned = ready.plus(hours(18, 96));
            events.add(new Event("SHIPPED", scanned, "Scanned at " + center));
            if (random.nextDouble() < 0.07) {
                events.add(new Event(
                        "DELIVERY_FAILED",
                        scanned.plus(hours(8 * 24, 20 * 24)),
                        "Delivery failed: the customer could not be reached at the address"));
                return events;
            }
            Instant deliveredAt = scanned.plus(hours(6 * 24, 16 * 24));
            events.add(new Event("DELIVERED", deliveredAt, "Delivered and signed for by the customer"));
            if (random.nextDouble() < 0.05) {
                events.add(new Event(
                        "RETURNED", deliveredAt.plus(hours(24, 14 * 24)), "Returned by the customer within 15 days"));
            }
            return events;
        }

        private static String cancelKind(String note) {
            if (note.contains("customer")) {
                return "CUSTOMER";
            }
            return note.contains("out of stock") ? "SELLER_OUT_OF_STOCK" : "NOT_SHIPPED_IN_TIME";
        }

        private static String sortingCenter(DemoShop shop, String shippingType) {
            if (!shop.crossBorder()) {
                return shop.hub();
            }
            return shippingType.equals("DROPSHIPPING")
                    ? shop.country() + "-JG-SEKO-Shenzhen-Seko Station"
                    : shop.country() + "-JG-Postal-Guangzhou Exchange";
        }

        /** SEKO's numbers for dropshipping parcels; UPU S10 numbers (ending in the sender's country) for postal ones. */
        private String trackingNumber(DemoShop shop, String shippingType) {
            return shippingType.equals("DROPSHIPPING")
                    ? "JG-NJS-%09d-%04d".formatted(random.nextInt(1_000_000_000), random.nextInt(10_000))
                    : "LP%09d%s".formatted(random.nextInt(1_000_000_000), shop.sellerCountry());
        }

        // ---- bills

        /** Fees and credits of each trade type, in US dollars: [min, max, sign] (sign 0 = either way). */
        private static final Map<String, double[]> MONTHLY = new LinkedHashMap<>();

        private static final Map<String, String> DESCRIPTION = new HashMap<>();

        static {
            monthly("INTERNATIONAL_FREIGHT_FEE", 5, 60, -1, "International freight of the month's parcels");
            monthly("WAREHOUSE_PROCESSING_FEE", 2, 25, -1, "Warehouse processing (receiving, QC, packing)");
            monthly("CUSTOM_CLEANING_FEE", 3, 40, -1, "Customs clearance of imported parcels");
            monthly("PENALTY", 1, 15, -1, "Penalty: orders cancelled by the seller (USD 3 per sub-order)");
            monthly("SUBSIDY", 2, 30, 1, "Campaign subsidy");
            monthly("DOWN_PAYMENT", 20, 120, 1, "Down payment on the month's settlement");
            monthly("DUPLICATE_RECHARGE", 5, 40, 1, "Refund of a duplicate recharge");
            monthly("PAID_NOT_RECEIVED", 10, 80, 1, "Payment re-issued: paid but not received");
            monthly("PAID_WRONG_AMOUNT", 1, 20, 0, "Correction of a payment made in the wrong amount");
            monthly("FX_RATE", 0.5, 12, 0, "FX rate difference at settlement");
            monthly("SEKO_WEIGHT", 1, 18, -1, "SEKO weight adjustment after re-weighing");
            monthly("RECHARGE_RATE", 0.5, 6, -1, "Recharge rate fee");
        }

        private static void monthly(String type, double min, double max, int sign, String description) {
            MONTHLY.put(type, new double[] {min, max, sign});
            DESCRIPTION.put(type, description);
        }

        private void bills() {
            YearMonth first = currentMonth.minusMonths(STATEMENT_MONTHS - 1);
            Map<String, BigDecimal> net = new HashMap<>();
            Set<String> withCommission = new HashSet<>();
            for (Delivered d : delivered) {
                Instant booked = d.at().plus(Duration.ofDays(1));
                YearMonth period = YearMonth.from(booked.atZone(ZoneOffset.UTC));
                if (period.isBefore(first) || booked.isAfter(now)) {
                    continue;
                }
                BigDecimal commission = d.price()
                        .multiply(BigDecimal.valueOf(uniform(0.08, 0.15)))
                        .setScale(2, RoundingMode.HALF_UP)
                        .negate();
                bill(d.shop(), period, booked, "ORDER_REVENUE", d.price(), d.orderNumber(), "Order delivered", net);
                bill(d.shop(), period, booked, "COMMISSION", commission, d.orderNumber(), "Commission", net);
                withCommission.add(d.shop().code() + period);
            }
            for (DemoShop shop : DemoMarketplace.SHOPS) {
                for (YearMonth period = first; !period.isAfter(currentMonth); period = period.plusMonths(1)) {
                    for (var type : MONTHLY.entrySet()) {
                        int count = random.nextDouble() < 0.3 ? 2 : 1;
                        for (int i = 0; i < count; i++) {
                            monthlyBill(shop, period, type.getKey(), type.getValue(), net);
                        }
                    }
                    if (!withCommission.contains(shop.code() + period)) {
                        monthlyBill(shop, period, "COMMISSION", new double[] {1, 10, -1}, net);
                    }
                }
                // the demo's bill-breakdown claim: Nairobi Naturals was charged one commission twice
                if (shop.name().equals(ReferenceServices.DEMO_SHOP_NAIROBI_NATURALS)) {
                    YearMonth period = currentMonth.minusMonths(2);
                    Instant at = period.atDay(12).atTime(LocalTime.of(9, 30)).toInstant(ZoneOffset.UTC);
                    BigDecimal amount = money(-uniform(20, 35), shop.currency());
                    bill(shop, period, at, "COMMISSION", amount, null, "Monthly commission", net);
                    bill(shop, period, at.plusSeconds(60), "COMMISSION", amount, null, "Monthly commission", net);
                }
                payouts(shop, first, net);
            }
        }

        private void monthlyBill(
                DemoShop shop, YearMonth period, String type, double[] range, Map<String, BigDecimal> net) {
            int sign = range[2] != 0 ? (int) range[2] : (random.nextBoolean() ? 1 : -1);
            BigDecimal amount = money(sign * uniform(range[0], range[1]), shop.currency());
            Instant start = period.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant end = period.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            if (end.isAfter(now)) {
                end = now;
            }
            Instant at = start.plusSeconds(
                    (long) (random.nextDouble() * Duration.between(start, end).toSeconds()));
            bill(shop, period, at, type, amount, null, DESCRIPTION.getOrDefault(type, "Monthly commission"), net);
        }

        private void bill(
                DemoShop shop,
                YearMonth period,
                Instant at,
                String type,
                BigDecimal amount,
                String orderNumber,
                String description,
                Map<String, BigDecimal> net) {
            bills.add(
                    shop.code(),
                    period.toString(),
                    at,
                    type,
                    amount,
                    shop.currency(),
                    orderNumber,
                    orderNumber == null ? description : description + ": order " + orderNumber);
            net.merge(shop.code() + period, amount, BigDecimal::add);
        }

        /** A payout per closed month, due on the 15th of the next; most paid, some delayed or failed. */
        private void payouts(DemoShop shop, YearMonth first, Map<String, BigDecimal> net) {
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            YearMonth lastDue = null;
            for (YearMonth period = first; period.isBefore(currentMonth); period = period.plusMonths(1)) {
                if (!period.plusMonths(1).atDay(15).isAfter(today)) {
                    lastDue = period;
                }
            }
            for (YearMonth period = first; period.isBefore(currentMonth); period = period.plusMonths(1)) {
                BigDecimal amount = net.getOrDefault(shop.code() + period, BigDecimal.ZERO);
                if (amount.signum() <= 0) {
                    continue; // nothing to pay: the balance is carried over
                }
                LocalDate due = period.plusMonths(1).atDay(15);
                String state;
                Instant paidAt = null;
                String note = null;
                double r = random.nextDouble();
                boolean demoDelay =
                        shop.name().equals(ReferenceServices.DEMO_SHOP_NAIROBI_NATURALS) && period.equals(lastDue);
                if (due.isAfter(today)) {
                    state = "SCHEDULED";
                } else if (demoDelay || r < 0.12) {
                    state = "DELAYED";
                    note = demoDelay || r < 0.06
                            ? "Held: bank account verification pending"
                            : "Held: settlement under review";
                } else if (r < 0.16) {
                    state = "FAILED";
                    note = "Rejected by the bank: account name does not match";
                } else {
                    state = "PAID";
                    paidAt = due.plusDays(random.nextInt(3)).atTime(10, 0).toInstant(ZoneOffset.UTC);
                    if (paidAt.isAfter(now)) {
                        paidAt = now;
                    }
                }
                String id = "PO-%s-%s".formatted(period.toString().replace("-", ""), shop.code());
                payouts.add(id, shop.code(), period.toString(), amount, shop.currency(), state, due, paidAt, note);
            }
        }

        // ---- helpers

        private DemoShop shop(String name) {
            return DemoMarketplace.SHOPS.stream()
                    .filter(s -> s.name().equals(name))
                    .findFirst()
                    .orElseThrow();
        }

        private Duration hours(int min, int max) {
            return Duration.ofMinutes(min * 60L + random.nextInt((max - min) * 60));
        }

        private double uniform(double min, double max) {
            return min + random.nextDouble() * (max - min);
        }

        /** US dollars in the shop's currency: whole units for currencies whose cents nobody uses. */
        private static BigDecimal money(double usd, String currency) {
            BigDecimal amount = BigDecimal.valueOf(usd).multiply(DemoMarketplace.PER_USD.get(currency));
            int scale = Set.of("NGN", "KES", "XOF", "UGX").contains(currency) ? 0 : 2;
            return amount.setScale(scale, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
        }

        private String alphanumeric(int length) {
            String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
            var text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return text.toString();
        }
    }
}
