package dev.claimdesk.billing.internal;

import dev.claimdesk.billing.Billing;
import dev.claimdesk.billing.BillingNotFound;
import dev.claimdesk.billing.BillingWork;
import dev.claimdesk.billing.Statement;
import dev.claimdesk.billing.TradeType;
import dev.claimdesk.billing.Transaction;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Enriches a bill claim with the statement lines it is about (the period, and the trade type when it names one), so
 * the agent sees count and total with the task. Reads only: a job delivered twice reads twice.
 */
@Component
public class FetchStatementLinesWorker {

    static final int LINES_KEPT = 20;

    private final Billing billing;

    FetchStatementLinesWorker(Billing billing) {
        this.billing = billing;
    }

    @JobWorker(
            type = BillingWork.JOB_FETCH_STATEMENT_LINES,
            fetchVariables = {BillingWork.VAR_SHOP, BillingWork.VAR_STATEMENT_PERIOD, BillingWork.VAR_TRADE_TYPE})
    public Map<String, Object> fetchStatementLines(
            @Variable(name = BillingWork.VAR_SHOP) String shop,
            @Variable(name = BillingWork.VAR_STATEMENT_PERIOD) String statementPeriod,
            @Variable(name = BillingWork.VAR_TRADE_TYPE) String tradeType) {
        List<Transaction> lines;
        try {
            lines = billing.transactions(
                    shop, YearMonth.parse(statementPeriod), tradeType == null ? null : TradeType.valueOf(tradeType));
        } catch (BillingNotFound e) {
            lines = List.of(); // no statement for the period: the agent sees that, the claim goes on
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", lines.size());
        out.put(
                "total",
                lines.stream()
                        .map(Transaction::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .toPlainString());
        // the statement's currency even without lines of the trade type: the agent's form is in it (rule 11)
        out.put(
                "currency",
                lines.isEmpty()
                        ? statementCurrency(shop, YearMonth.parse(statementPeriod))
                        : lines.getFirst().currency());
        out.put(
                "lines",
                lines.stream()
                        .limit(LINES_KEPT)
                        .map(FetchStatementLinesWorker::line)
                        .toList());
        return Map.of(BillingWork.VAR_STATEMENT_LINES, out);
    }

    private String statementCurrency(String shop, YearMonth period) {
        try {
            return billing.statements(shop, period, period).stream()
                    .map(Statement::currency)
                    .findFirst()
                    .orElse(null);
        } catch (BillingNotFound e) {
            return null;
        }
    }

    private static Map<String, Object> line(Transaction t) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("bookedAt", t.bookedAt().toString());
        line.put("tradeType", t.tradeType().name());
        line.put("amount", t.amount().toPlainString());
        line.put("orderNumber", t.orderNumber());
        line.put("description", t.description());
        return line;
    }
}
