package dev.claimdesk.billing.internal;

import dev.claimdesk.billing.Adjustment;
import dev.claimdesk.billing.Billing;
import dev.claimdesk.billing.BillingNotFound;
import dev.claimdesk.billing.BillingRejected;
import dev.claimdesk.billing.Payout;
import dev.claimdesk.billing.Penalty;
import dev.claimdesk.billing.Posting;
import dev.claimdesk.billing.Statement;
import dev.claimdesk.billing.TradeType;
import dev.claimdesk.billing.Transaction;
import dev.claimdesk.platform.OutsideService;
import dev.claimdesk.platform.OutsideServiceException;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/** The bill service over HTTP; the contract is docs/api/bill-service.yaml. */
final class HttpBilling implements Billing {

    /** The header that carries a posting's idempotency key (as in the IETF draft and payment APIs). */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final OutsideService service;

    HttpBilling(OutsideService service) {
        this.service = service;
    }

    @Override
    public List<Statement> statements(String shop, YearMonth from, YearMonth to) {
        return call(
                "GET statements of shop " + shop,
                rest -> rest.get()
                        .uri("/shops/{shop}/statements?from={from}&to={to}", shop, from, to)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<Statement>>() {}));
    }

    @Override
    public List<Transaction> transactions(String shop, YearMonth period, TradeType tradeType) {
        return call(
                "GET transactions of shop " + shop + " in " + period,
                rest -> rest.get()
                        .uri(uri -> {
                            UriBuilder builder = uri.path("/shops/{shop}/statements/{period}/transactions");
                            if (tradeType != null) {
                                builder.queryParam("tradeType", tradeType.name());
                            }
                            return builder.build(shop, period);
                        })
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<Transaction>>() {}));
    }

    @Override
    public List<Payout> payouts(String shop) {
        return call(
                "GET payouts of shop " + shop,
                rest -> rest.get()
                        .uri("/shops/{shop}/payouts", shop)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<Payout>>() {}));
    }

    @Override
    public Posting postAdjustment(String idempotencyKey, Adjustment adjustment) {
        return post(
                "post adjustment " + idempotencyKey,
                idempotencyKey,
                "/shops/{shop}/adjustments",
                adjustment,
                adjustment.shop());
    }

    @Override
    public Posting postPenalty(String idempotencyKey, Penalty penalty) {
        return post(
                "post penalty " + idempotencyKey, idempotencyKey, "/shops/{shop}/penalties", penalty, penalty.shop());
    }

    @Override
    public Posting reversePenalty(String idempotencyKey, long penaltyId, String reason) {
        return post(
                "reverse penalty " + penaltyId,
                idempotencyKey,
                "/penalties/{id}/reversal",
                new Reversal(reason),
                penaltyId);
    }

    record Reversal(String reason) {}

    private Posting post(String operation, String idempotencyKey, String path, Object body, Object pathVariable) {
        if (!StringUtils.hasText(idempotencyKey)) {
            throw new IllegalArgumentException("A posting needs an idempotency key: " + operation);
        }
        return call(
                operation,
                rest -> rest.post()
                        .uri(path, pathVariable)
                        .header(IDEMPOTENCY_KEY, idempotencyKey)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(body)
                        .retrieve()
                        .body(Posting.class));
    }

    /** 404 and 409/422 are the service's business answers; every other failure stays an OutsideServiceException. */
    private <T> T call(String operation, Function<RestClient, T> request) {
        try {
            return service.call(operation, request);
        } catch (OutsideServiceException e) {
            if (e.hasStatus(404)) {
                throw new BillingNotFound(e.detail());
            }
            if (e.hasStatus(409) || e.hasStatus(422)) {
                throw new BillingRejected(e.problemCode().orElse("REJECTED"), e.detail());
            }
            throw e;
        }
    }
}
