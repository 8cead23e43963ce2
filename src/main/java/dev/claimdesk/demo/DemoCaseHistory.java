package dev.claimdesk.demo;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.counterfeit.Decision;
import dev.claimdesk.counterfeit.Finding;
import dev.claimdesk.counterfeit.FindingAudited;
import dev.claimdesk.counterfeit.FindingEvent;
import dev.claimdesk.counterfeit.FindingStatus;
import dev.claimdesk.counterfeit.Findings;
import dev.claimdesk.counterfeit.PastFinding;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.rtv.PastRtvCase;
import dev.claimdesk.rtv.RtvCase;
import dev.claimdesk.rtv.RtvCaseAudited;
import dev.claimdesk.rtv.RtvCases;
import dev.claimdesk.rtv.RtvEntry;
import dev.claimdesk.rtv.RtvStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * The RTV cases and counterfeit findings of the demo's made-up past, beside its claims ({@link DemoHistory}): closed
 * over the last weeks across the shops' countries, each way their processes end (compensated, rejected, collected
 * without appeal, never collected, appeal lapsed; no appeal, upheld, documents lapsed, overturned), deadlines kept and
 * missed. Made up from a fixed seed and stored in bulk through the modules' history imports (no process each), whose
 * stored trails are what the dashboard projects and what its rebuild replays.
 */
@Component
public class DemoCaseHistory {

    /** The demo's RTV and counterfeit settings (the domain's windows), for the deadlines of the past. */
    private static final int PICKUP_WORKING_DAYS = 5;

    private static final int CLAIM_WORKING_DAYS = 5;
    private static final int APPEAL_WORKING_DAYS = 2;
    private static final int DOCUMENTS_WORKING_DAYS = 2;

    private static final List<String> WAREHOUSE_STAFF = List.of("warehouse", "wang.fang", "musa.o");
    private static final List<String> BRAND_PROTECTION = List.of("brand", "zhang.wei");
    /** The warehouse hub of each of the demo shops' countries. */
    private static final java.util.Map<String, String> HUBS = java.util.Map.of(
            "NG",
            "Lagos",
            "KE",
            "Nairobi",
            "EG",
            "Cairo",
            "MA",
            "Casablanca",
            "SN",
            "Dakar",
            "GH",
            "Accra",
            "UG",
            "Kampala");

    private static final List<String> ITEMS =
            List.of("Bluetooth speaker", "LED desk lamp", "Cotton bed sheet", "Phone charger", "Kitchen scale");
    private static final String DEMO = "demo history";

    private final RtvCases rtvCases;
    private final Findings findings;
    private final BusinessCalendar calendar;
    private final AppClock clock;

    DemoCaseHistory(RtvCases rtvCases, Findings findings, BusinessCalendar calendar, AppClock clock) {
        this.rtvCases = rtvCases;
        this.findings = findings;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Stores about {@code count} closed RTV cases requested over the last {@code days} days; returns how many. */
    public int seedRtvCases(int count, int days, IntConsumer progress) {
        Random random = new Random(DemoHistory.SEED + 1);
        return DemoHistory.inChunks(
                count, DemoHistory.CHUNK, n -> pastRtvCases(random, n, days), rtvCases::importHistory, progress);
    }

    /** Stores about {@code count} decided findings recorded over the last {@code days} days; returns how many. */
    public int seedFindings(int count, int days, IntConsumer progress) {
        Random random = new Random(DemoHistory.SEED + 2);
        return DemoHistory.inChunks(
                count, DemoHistory.CHUNK, n -> pastFindings(random, n, days), findings::importHistory, progress);
    }

    /** About {@code count} made-up closed RTV cases (those that would still be open now are left out), oldest first. */
    public List<PastRtvCase> pastRtvCases(Random random, int count, int days) {
        PastTime time = PastTime.of(calendar, clock.instant(), days);
        return time.closedBeforeNow(
                count,
                days,
                random,
                (r, requested) -> rtvCase(time, r, requested),
                c -> c.trail().getLast().at());
    }

    /** About {@code count} made-up decided findings (those that would still be open now are left out), oldest first. */
    public List<PastFinding> pastFindings(Random random, int count, int days) {
        PastTime time = PastTime.of(calendar, clock.instant(), days);
        return time.closedBeforeNow(
                count,
                days,
                random,
                (r, recorded) -> finding(time, r, recorded),
                f -> f.trail().getLast().at());
    }

    private PastRtvCase rtvCase(PastTime time, Random random, Instant requested) {
        DemoHistory.Shop shop = pick(DemoHistory.SHOPS, random);
        String staff = pick(WAREHOUSE_STAFF, random);
        var trail = new ArrayList<RtvEntry>();
        trail.add(new RtvEntry(requested, "seller", RtvCaseAudited.REQUESTED, "RTV requested via seller-center"));
        Instant scheduled = time.officeHoursLater(requested, random.nextInt(2), random);
        LocalDate pickupDate = time.calendar().addWorkingDays(time.day(scheduled), 1 + random.nextInt(3));
        Instant pickupDue = time.calendar().endOf(time.calendar().addWorkingDays(pickupDate, PICKUP_WORKING_DAYS));
        String place = "SEKO " + HUBS.get(shop.country()) + " hub";
        trail.add(new RtvEntry(
                scheduled,
                staff,
                RtvCaseAudited.PICKUP_SCHEDULED,
                "on " + pickupDate + " at " + place + "; not collected by " + time.day(pickupDue)
                        + " closes the request"));
        trail.add(new RtvEntry(scheduled.plusSeconds(2), "system", "pickup notice sent", DEMO));
        var ended = new RtvEnd();
        if (random.nextInt(100) < 12) {
            ended.close(RtvStatus.UNCOLLECTED, pickupDue.plusSeconds(1));
            trail.add(new RtvEntry(
                    ended.at, "system", RtvCaseAudited.CLOSED_UNCOLLECTED, "not collected by " + time.day(pickupDue)));
            trail.add(new RtvEntry(ended.at.plusSeconds(2), "system", "uncollected notice sent", DEMO));
        } else {
            ended.collected = time.at(pickupDate, LocalTime.of(9 + random.nextInt(8), random.nextInt(60)));
            ended.appealed = random.nextInt(100) < 65;
            trail.add(new RtvEntry(
                    ended.collected,
                    staff,
                    RtvCaseAudited.COLLECTED,
                    "at " + ended.collected.atZone(time.calendar().zone()).toLocalDateTime() + "; photos not kept ("
                            + DEMO + ")"));
            if (ended.appealed) {
                appealed(time, random, staff, trail, ended);
            } else {
                ended.close(RtvStatus.CLOSED_NO_APPEAL, ended.collected.plusSeconds(1));
                trail.add(new RtvEntry(
                        ended.at, "system", RtvCaseAudited.CLOSED_NO_APPEAL, "collected without an on-site appeal"));
            }
        }
        var rtvCase = new RtvCase(
                null,
                shop.code(),
                shop.name(),
                "seller@" + shop.code() + ".example",
                shop.country(),
                shop.country() + "-" + (100_000 + random.nextInt(899_999)),
                "SKU-" + (1000 + random.nextInt(9000)),
                pick(ITEMS, random),
                requested.minus(java.time.Duration.ofDays(1 + random.nextInt(10))),
                "The customer's return holds a product we do not sell.",
                ended.status,
                requested,
                null,
                pickupDate,
                place,
                pickupDue,
                ended.collected,
                ended.collected == null ? null : ended.appealed,
                null,
                ended.appealed ? "Wrong product in the parcel; photos taken on site." : null,
                ended.windowCloses,
                null,
                ended.at,
                ended.reminder);
        return new PastRtvCase(rtvCase, "seller-center", trail);
    }

    /** The on-site appeal and its claim window: a claim in time (accepted or not), or none. */
    private void appealed(PastTime time, Random random, String staff, List<RtvEntry> trail, RtvEnd ended) {
        ended.windowCloses = time.calendar().addWorkingDays(ended.collected, CLAIM_WORKING_DAYS);
        ended.reminder = time.calendar().addWorkingDays(ended.collected, CLAIM_WORKING_DAYS - 1);
        trail.add(new RtvEntry(
                ended.collected,
                staff,
                RtvCaseAudited.APPEAL_REGISTERED,
                "claim window closes " + time.day(ended.windowCloses)));
        trail.add(new RtvEntry(ended.collected.plusSeconds(2), "system", "appeal notice sent", DEMO));
        if (random.nextInt(100) < 20) {
            trail.add(new RtvEntry(ended.reminder, "system", RtvCaseAudited.WINDOW_REMINDER_SENT, DEMO));
            ended.close(RtvStatus.APPEAL_LAPSED, ended.windowCloses.plusSeconds(1));
            trail.add(new RtvEntry(
                    ended.at, "system", RtvCaseAudited.APPEAL_LAPSED, "no claim by " + time.day(ended.windowCloses)));
            trail.add(new RtvEntry(ended.at.plusSeconds(2), "system", "lapse notice sent", DEMO));
            return;
        }
        Instant raised = time.workingTimeLater(ended.collected, 2 + random.nextInt(CLAIM_WORKING_DAYS * 24 - 4));
        if (raised.isAfter(ended.reminder)) {
            trail.add(new RtvEntry(ended.reminder, "system", RtvCaseAudited.WINDOW_REMINDER_SENT, DEMO));
        }
        trail.add(new RtvEntry(raised, "system", RtvCaseAudited.CLAIM_RAISED, "a wrong-return claim (" + DEMO + ")"));
        boolean accepted = random.nextInt(100) < 70;
        ended.close(
                accepted ? RtvStatus.COMPENSATED : RtvStatus.CLAIM_REJECTED,
                time.officeHoursLater(raised, 1 + random.nextInt(3), random));
        trail.add(new RtvEntry(
                ended.at,
                "system",
                accepted ? RtvCaseAudited.CLAIM_ACCEPTED : RtvCaseAudited.CLAIM_NOT_ACCEPTED,
                accepted ? "claim accepted: compensated" : "claim rejected: the photos show the seller's product"));
    }

    /** How a past RTV case ended, filled in as its trail is made. */
    private static final class RtvEnd {
        RtvStatus status;
        Instant at;
        Instant collected;
        boolean appealed;
        Instant windowCloses;
        Instant reminder;

        void close(RtvStatus status, Instant at) {
            this.status = status;
            this.at = at;
        }
    }

    private PastFinding finding(PastTime time, Random random, Instant recorded) {
        DemoHistory.Shop shop = pick(DemoHistory.SHOPS, random);
        String recordedBy = pick(BRAND_PROTECTION, random);
        String orderNumber = shop.country() + "-" + (100_000 + random.nextInt(899_999));
        String sku = "SKU-" + (1000 + random.nextInt(9000));
        BigDecimal penalty = BigDecimal.valueOf(50 + random.nextInt(500) * 50L).setScale(2);
        var trail = new ArrayList<FindingEvent>();
        var ended = new FindingEnd();
        trail.add(new FindingEvent(
                recorded,
                recordedBy,
                FindingAudited.RECORDED,
                "Order " + orderNumber + ", SKU " + sku + ", penalty " + penalty + " " + shop.currency() + " (" + DEMO
                        + ")"));
        ended.noticeSent = recorded.plusSeconds(60);
        ended.appealDue = time.calendar().addWorkingDays(ended.noticeSent, APPEAL_WORKING_DAYS);
        ended.reminder = time.calendar().addWorkingDays(ended.noticeSent, APPEAL_WORKING_DAYS - 1);
        trail.add(new FindingEvent(
                ended.noticeSent,
                "system",
                FindingAudited.NOTICE_SENT,
                "Appeal deadline " + time.day(ended.appealDue)));
        if (random.nextInt(100) < 30) {
            trail.add(new FindingEvent(ended.reminder, "system", FindingAudited.APPEAL_REMINDER_SENT, DEMO));
            decide(trail, ended, Decision.NO_APPEAL, ended.appealDue.plusSeconds(1), null);
        } else {
            appeal(time, random, trail, ended);
        }
        var finding = new Finding(
                null,
                shop.code(),
                shop.name(),
                "seller@" + shop.code() + ".example",
                shop.country(),
                orderNumber,
                sku,
                penalty,
                shop.currency(),
                "A test purchase of this product showed a counterfeit brand label and packaging.",
                "Test purchase TP-" + (5000 + random.nextInt(5000)) + ": label and serial number checked against the"
                        + " brand owner's reference samples.",
                ended.decision.penalises() ? FindingStatus.PENALISED : FindingStatus.OVERTURNED,
                recordedBy,
                recorded,
                null,
                ended.noticeSent,
                ended.appealDue,
                ended.appealChannel,
                null,
                ended.appealed,
                ended.documentsDue,
                ended.decision,
                ended.reason,
                ended.decided,
                null,
                ended.decision.penalises() ? ended.decided.plusSeconds(1) : null,
                null,
                null,
                ended.decision.penalises() ? ended.decided.plusSeconds(2) : null,
                ended.reminder);
        return new PastFinding(finding, "brand-protection", trail);
    }

    /** The seller appeals in time (by email or by a claim); the team may ask for a document, then decides. */
    private void appeal(PastTime time, Random random, List<FindingEvent> trail, FindingEnd ended) {
        Instant appealed = time.workingTimeLater(ended.noticeSent, 1 + random.nextInt(APPEAL_WORKING_DAYS * 24 - 2));
        if (appealed.isAfter(ended.reminder)) {
            trail.add(new FindingEvent(ended.reminder, "system", FindingAudited.APPEAL_REMINDER_SENT, DEMO));
        }
        ended.appealed = appealed;
        if (random.nextBoolean()) {
            ended.appealChannel = "email";
            trail.add(new FindingEvent(
                    appealed,
                    "system",
                    FindingAudited.APPEAL_RECEIVED,
                    "Reply by email with brand-authorization.pdf, authenticity-statement.pdf"));
        } else {
            ended.appealChannel = "claim";
            trail.add(new FindingEvent(
                    appealed, "seller", FindingAudited.APPEALED_BY_CLAIM, "a counterfeit claim (" + DEMO + ")"));
        }
        Instant reviewed = appealed;
        if (random.nextInt(100) < 25) {
            Instant asked = time.officeHoursLater(appealed, random.nextInt(2), random);
            ended.documentsDue = time.calendar().addWorkingDays(asked, DOCUMENTS_WORKING_DAYS);
            trail.add(new FindingEvent(
                    asked, "system", FindingAudited.DOCUMENTS_REQUESTED, "Brand authorization signed by the brand"));
            if (random.nextInt(100) < 35) {
                Instant remind = time.calendar().addWorkingDays(asked, DOCUMENTS_WORKING_DAYS - 1);
                trail.add(new FindingEvent(remind, "system", FindingAudited.DOCUMENTS_REMINDER_SENT, DEMO));
                decide(trail, ended, Decision.DOCUMENTS_LAPSED, ended.documentsDue.plusSeconds(1), null);
                return;
            }
            reviewed = time.workingTimeLater(asked, 2 + random.nextInt(DOCUMENTS_WORKING_DAYS * 24 - 4));
            trail.add(new FindingEvent(
                    reviewed,
                    "system",
                    FindingAudited.DOCUMENTS_RECEIVED,
                    "Reply by email with brand-authorization.pdf"));
        }
        boolean overturned = random.nextInt(100) < 45;
        decide(
                trail,
                ended,
                overturned ? Decision.OVERTURNED : Decision.UPHELD,
                time.officeHoursLater(reviewed, 1 + random.nextInt(3), random),
                overturned
                        ? "The brand authorization checks out with the brand owner."
                        : "The authorization does not cover this product line.");
    }

    /** The decision, and as the process goes on: the penalty posted and the SKU delisted, the seller told. */
    private static void decide(
            List<FindingEvent> trail, FindingEnd ended, Decision decision, Instant at, String reason) {
        ended.decision = decision;
        ended.reason = reason;
        ended.decided = at;
        trail.add(new FindingEvent(
                at, "system", FindingAudited.DECIDED, decision.label() + (reason == null ? "" : ". " + reason)));
        if (decision.penalises()) {
            trail.add(new FindingEvent(at.plusSeconds(1), "system", FindingAudited.PENALTY_POSTED, DEMO));
            trail.add(new FindingEvent(at.plusSeconds(2), "system", "SKU delisted", DEMO));
        }
        trail.add(new FindingEvent(at.plusSeconds(3), "system", "decision sent", decision.label()));
    }

    /** How a past finding ended, filled in as its trail is made. */
    private static final class FindingEnd {
        Instant noticeSent;
        Instant appealDue;
        Instant reminder;
        String appealChannel;
        Instant appealed;
        Instant documentsDue;
        Decision decision;
        String reason;
        Instant decided;
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
