package dev.claimdesk.workspace.internal;

import dev.claimdesk.billing.Billing;
import dev.claimdesk.billing.BillingNotFound;
import dev.claimdesk.billing.Payout;
import dev.claimdesk.billing.Statement;
import dev.claimdesk.billing.TradeType;
import dev.claimdesk.billing.Transaction;
import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimDetails;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.orders.Order;
import dev.claimdesk.orders.OrderNotFound;
import dev.claimdesk.orders.Orders;
import dev.claimdesk.platform.OutsideServiceException;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The order and bill data of a claim, fetched through the order and bill service clients side by side, each within a
 * time limit: the claim view waits for the slower one at most {@code claimdesk.workspace.outside-call-timeout}, and a
 * service that fails or is slow is a box in the page, not an error page (the clients' own retries go on behind).
 */
@Component
public class ClaimFacts implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ClaimFacts.class);

    /** The bill data a claim is about: the statement of its period and its lines (of the claimed trade type). */
    public record BillData(
            YearMonth period,
            TradeType tradeType,
            Statement statement,
            List<Transaction> lines,
            List<Payout> payouts) {}

    public record Facts(Lookup<Order> order, Lookup<BillData> bill) {}

    private final Orders orders;
    private final Billing billing;
    private final Duration timeout;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    public ClaimFacts(
            Orders orders, Billing billing, @Value("${claimdesk.workspace.outside-call-timeout:5s}") Duration timeout) {
        this.orders = orders;
        this.billing = billing;
        this.timeout = timeout;
    }

    /** The order (for claims about an order) and the bill data (for bill claims); null where the claim has none. */
    public Facts of(ClaimDetails claim) {
        String orderNumber = claim.fields().get(ClaimField.ORDER_NUMBER);
        var order = orderNumber == null ? null : async(() -> order(orderNumber));
        var bill = claim.category().isBillProblem() ? async(() -> bill(claim)) : null;
        long deadline = System.nanoTime() + timeout.toNanos();
        return new Facts(
                order == null ? null : await(order, deadline, "order"),
                bill == null ? null : await(bill, deadline, "bill"));
    }

    private <T> CompletableFuture<Lookup<T>> async(Supplier<Lookup<T>> call) {
        return CompletableFuture.supplyAsync(call, executor);
    }

    private Lookup<Order> order(String orderNumber) {
        try {
            return Lookup.found(orders.order(orderNumber));
        } catch (OrderNotFound e) {
            return Lookup.notFound("The order service does not know order " + orderNumber + ".");
        } catch (OutsideServiceException e) {
            log.warn("Order {} could not be read for the claim view: {}", orderNumber, e.getMessage());
            return Lookup.unavailable("The order service is unavailable (" + e.detail() + ").");
        }
    }

    private Lookup<BillData> bill(ClaimDetails claim) {
        String shop = claim.summary().shop();
        YearMonth period;
        try {
            period = YearMonth.parse(claim.fields().getOrDefault(ClaimField.STATEMENT_PERIOD, ""));
        } catch (DateTimeParseException e) {
            return Lookup.notFound("The claim names no statement period.");
        }
        TradeType tradeType = tradeType(claim.fields().get(ClaimField.TRADE_TYPE));
        try {
            Statement statement = billing.statements(shop, period, period).stream()
                    .findFirst()
                    .orElse(null);
            List<Transaction> lines = billing.transactions(shop, period, tradeType);
            List<Payout> payouts = claim.category() == ClaimCategory.BILL_DELAYED_RECEIVABLES
                    ? billing.payouts(shop).stream()
                            .filter(p -> p.period().equals(period))
                            .toList()
                    : List.of();
            return Lookup.found(new BillData(period, tradeType, statement, lines, payouts));
        } catch (BillingNotFound e) {
            return Lookup.notFound("The bill service does not know shop " + shop + ".");
        } catch (OutsideServiceException e) {
            log.warn("Bill data of {} could not be read for the claim view: {}", shop, e.getMessage());
            return Lookup.unavailable("The bill service is unavailable (" + e.detail() + ").");
        }
    }

    private static TradeType tradeType(String code) {
        if (code == null) {
            return null;
        }
        try {
            return TradeType.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private <T> Lookup<T> await(CompletableFuture<Lookup<T>> future, long deadline, String what) {
        try {
            return future.get(Math.max(deadline - System.nanoTime(), 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return Lookup.unavailable("The " + what + " service did not answer within " + timeout.toSeconds()
                    + " s; reload the page to try again.");
        } catch (ExecutionException e) {
            log.warn("Reading the {} data failed", what, e.getCause());
            return Lookup.unavailable(
                    "The " + what + " service is unavailable (" + e.getCause().getMessage() + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Lookup.unavailable("Interrupted while reading the " + what + " data.");
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
