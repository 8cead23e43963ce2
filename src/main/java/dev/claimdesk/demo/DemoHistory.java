package dev.claimdesk.demo;

import dev.claimdesk.calendar.BusinessCalendar;
import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimEvent;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.claims.PastClaim;
import dev.claimdesk.platform.AppClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.springframework.stereotype.Component;

/**
 * A believable past for the demo: closed claims of the last weeks with whole audit trails across categories,
 * countries, teams and agents, a few late answers, questions to sellers (answered, reminded, left to auto-close) and
 * accepted claims with their actions. Made up from a fixed seed (the same past on every start, relative to today) and
 * stored with {@link Claims#importHistory} in bulk: no process per claim.
 */
@Component
public class DemoHistory {

    record Shop(String code, String name, String country, String currency) {}

    static final List<Shop> SHOPS = List.of(
            new Shop("shenzhen-gadgets", "Shenzhen Gadgets", "NG", "NGN"),
            new Shop("lagos-lights", "Lagos Lights", "NG", "NGN"),
            new Shop("nairobi-naturals", "Nairobi Naturals", "KE", "KES"),
            new Shop("cairo-cotton", "Cairo Cotton", "EG", "EGP"),
            new Shop("casablanca-crafts", "Casablanca Crafts", "MA", "MAD"),
            new Shop("dakar-digital", "Dakar Digital", "SN", "XOF"),
            new Shop("accra-audio", "Accra Audio", "GH", "GHS"),
            new Shop("kampala-kitchen", "Kampala Kitchen", "UG", "UGX"));

    /** Agents by team (the demo's users where they exist, and colleagues who have moved on). */
    static final Map<String, List<String>> AGENTS = Map.of(
            "seller-support", List.of("agent", "li.na", "omar.k"),
            "warehouse-claims", List.of("agent", "wang.fang"),
            "billing", List.of("billing", "zhou.min"),
            "counterfeit", List.of("supervisor", "chen.jie"));

    /** The same past on every start. */
    public static final long SEED = 20261203L;

    /** Claims per bulk import. */
    static final int CHUNK = 2000;

    private static final int RESPONSE_DAYS = 3;
    private static final int REPLY_DAYS = 3;

    private final Claims claims;
    private final BusinessCalendar calendar;
    private final AppClock clock;

    DemoHistory(Claims claims, BusinessCalendar calendar, AppClock clock) {
        this.claims = claims;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Stores about {@code count} closed claims submitted over the last {@code days} days; returns how many. */
    public int seed(int count, int days) {
        return seed(count, days, CHUNK, done -> {});
    }

    /** The same, {@code chunk} claims at a time, telling {@code progress} how many of {@code count} are done. */
    public int seed(int count, int days, int chunk, IntConsumer progress) {
        Random random = new Random(SEED);
        return inChunks(count, chunk, n -> pastClaims(random, n, days), claims::importHistory, progress);
    }

    /**
     * Makes and stores {@code count} past items {@code chunk} at a time (one import each), telling {@code progress} how
     * many of {@code count} are done; returns how many were stored (fewer: those still open now are not made).
     */
    static <T> int inChunks(
            int count, int chunk, IntFunction<List<T>> make, Consumer<List<T>> store, IntConsumer progress) {
        int stored = 0;
        for (int done = 0; done < count; done += chunk) {
            List<T> ofChunk = make.apply(Math.min(chunk, count - done));
            store.accept(ofChunk);
            stored += ofChunk.size();
            progress.accept(Math.min(count, done + chunk));
        }
        return stored;
    }

    /**
     * About {@code count} made-up closed claims submitted over the last {@code days} days (fewer: those that would
     * still be open now are left out), in the order of submission.
     */
    public List<PastClaim> pastClaims(Random random, int count, int days) {
        PastTime time = PastTime.of(calendar, clock.instant(), days);
        return new Generator(time).generate(random, count, days);
    }

    static String team(ClaimCategory category) {
        return switch (category) {
            case BILL_BREAKDOWN, BILL_DELAYED_RECEIVABLES -> "billing";
            case CANCEL_WRONG_ORDER -> "seller-support";
            case COUNTERFEIT_APPEAL -> "counterfeit";
            case SEKO_WAREHOUSE, WRONG_PRODUCT_RETURNED -> "warehouse-claims";
        };
    }

    /** One period's claims, on its calendar. */
    private static final class Generator {

        private final PastTime time;
        private final BusinessCalendar calendar;

        Generator(PastTime time) {
            this.time = time;
            this.calendar = time.calendar();
        }

        private List<PastClaim> generate(Random random, int count, int days) {
            return time.closedBeforeNow(
                    count, days, random, this::claim, c -> c.trail().getLast().at());
        }

        private PastClaim claim(Random random, Instant submitted) {
            ClaimCategory category = ClaimCategory.values()[random.nextInt(ClaimCategory.values().length)];
            Shop shop = SHOPS.get(random.nextInt(SHOPS.size()));
            String team = team(category);
            List<String> agents = AGENTS.get(team);
            String agentName = agents.get(random.nextInt(agents.size()));
            var trail = new Trail();
            trail.add(
                    submitted, "api:seller-center", ClaimEvent.SUBMITTED, category.label() + " via api:seller-center");
            trail.add(submitted.plusSeconds(2), "system", "registered", "demo history");
            trail.add(submitted.plusSeconds(3), "system", "validated", category.label());
            trail.add(
                    submitted.plusSeconds(5),
                    "system",
                    ClaimEvent.ROUTED,
                    "team " + team,
                    Map.of(ClaimEvent.FACT_TEAM, team));
            boolean breached = false;
            if (random.nextInt(100) < 3) {
                trail.add(
                        submitted.plusSeconds(6),
                        "system",
                        ClaimEvent.INVALID,
                        "The order does not belong to the shop");
                return pastClaim(category, shop, submitted, false, trail);
            }
            Instant due = calendar.addWorkingDays(submitted, RESPONSE_DAYS);
            // most answers within a working day or two; about one in twelve after the deadline
            Instant decided = time.workingTimeLater(
                    submitted, random.nextInt(100) < 8 ? 75 + random.nextInt(40) : 1 + random.nextInt(50));
            if (decided.isAfter(due)) {
                trail.add(due.plusMillis(1), "system", ClaimEvent.SLA_BREACHED, "no answer by " + due);
                breached = true;
            }
            trail.assignAndDecide(agentName, decided, random);
            if (random.nextInt(100) < 30) {
                trail.add(decided, agentName, ClaimEvent.INFO_REQUESTED, "Please send the proof of delivery.");
                trail.add(decided.plusSeconds(2), "system", "info request sent", "demo history");
                Instant replyDue = calendar.addWorkingDays(decided, REPLY_DAYS);
                int fate = random.nextInt(100);
                if (fate < 20) {
                    trail.add(remindAt(decided), "system", ClaimEvent.REMINDED, "demo history");
                    trail.add(replyDue.plusMillis(1), "system", ClaimEvent.AUTO_CLOSED, "no reply from the seller");
                    return pastClaim(category, shop, submitted, breached, trail);
                }
                if (fate < 40) {
                    trail.add(remindAt(decided), "system", ClaimEvent.REMINDED, "demo history");
                }
                Instant replied = time.workingTimeLater(decided, 4 + random.nextInt(40));
                if (replied.isAfter(replyDue)) {
                    replied = replyDue.minus(Duration.ofHours(3));
                }
                trail.add(replied, "seller", ClaimEvent.SELLER_REPLIED, "Here is the document you asked for.");
                decided = time.workingTimeLater(replied, 1 + random.nextInt(30));
                trail.assignAndDecide(agentName, decided, random);
            }
            if (random.nextInt(100) < 65) {
                Map<String, String> facts = new HashMap<>();
                if (category == ClaimCategory.CANCEL_WRONG_ORDER) {
                    facts.put(ClaimEvent.FACT_ITEM_CANCELLED, "SKU-" + (1000 + random.nextInt(9000)));
                } else if (category != ClaimCategory.COUNTERFEIT_APPEAL) {
                    facts.put(
                            ClaimEvent.FACT_ADJUSTMENT_AMOUNT,
                            BigDecimal.valueOf(500 + random.nextInt(50_000), 2)
                                    .setScale(2, RoundingMode.HALF_UP)
                                    .toPlainString());
                    facts.put(ClaimEvent.FACT_ADJUSTMENT_CURRENCY, shop.currency());
                }
                trail.add(decided.plusSeconds(1), agentName, ClaimEvent.ACCEPTED, "demo history", facts);
            } else {
                trail.add(decided.plusSeconds(1), agentName, ClaimEvent.REJECTED, "Not supported by the order data.");
            }
            return pastClaim(category, shop, submitted, breached, trail);
        }

        private PastClaim pastClaim(
                ClaimCategory category, Shop shop, Instant submitted, boolean breached, Trail trail) {
            Map<ClaimField, String> fields = new HashMap<>();
            if (category.isBillProblem()) {
                fields.put(
                        ClaimField.STATEMENT_PERIOD,
                        submitted
                                .atZone(calendar.zone())
                                .minusMonths(1)
                                .toLocalDate()
                                .toString()
                                .substring(0, 7));
                fields.put(ClaimField.AMOUNT, "120.00");
            } else {
                fields.put(
                        ClaimField.ORDER_NUMBER,
                        shop.country() + "-" + (100_000 + Math.abs(submitted.hashCode() % 899_999)));
            }
            fields.put(ClaimField.COMMENT, "A claim from the demo's history.");
            return new PastClaim(
                    category,
                    shop.code(),
                    shop.name(),
                    "seller@" + shop.code() + ".example",
                    shop.country(),
                    "api:seller-center",
                    fields,
                    submitted,
                    breached,
                    trail.steps);
        }

        /** The working day before the reply deadline, in the morning. */
        private Instant remindAt(Instant asked) {
            LocalDate day =
                    calendar.addWorkingDays(asked.atZone(calendar.zone()).toLocalDate(), REPLY_DAYS - 1);
            return time.at(day, LocalTime.of(9, 0));
        }
    }

    /** A claim's steps in order. */
    private static final class Trail {
        final List<PastClaim.Step> steps = new ArrayList<>();

        void add(Instant at, String actor, String event, String details) {
            add(at, actor, event, details, Map.of());
        }

        void add(Instant at, String actor, String event, String details, Map<String, String> facts) {
            steps.add(new PastClaim.Step(at, actor, event, details, facts));
        }

        /** The agent takes the task some time before deciding, then completes it. */
        void assignAndDecide(String agent, Instant decided, Random random) {
            Instant taken = decided.minus(Duration.ofMinutes(10 + random.nextInt(180)));
            Instant last = steps.getLast().at();
            if (taken.isBefore(last)) {
                taken = last.plusSeconds(1);
            }
            add(
                    taken,
                    agent,
                    ClaimEvent.ASSIGNED,
                    "\"Work claim\" to " + agent,
                    Map.of(ClaimEvent.FACT_ASSIGNEE, agent));
            add(decided, agent, ClaimEvent.DECIDED, "\"Work claim\": done");
        }
    }
}
