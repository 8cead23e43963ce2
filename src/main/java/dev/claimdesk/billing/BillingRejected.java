package dev.claimdesk.billing;

/**
 * The bill service refused a posting: e.g. the idempotency key was used for a different request, or the penalty was
 * already reversed. A business outcome.
 *
 * @see #code() the service's reason, e.g. "IDEMPOTENCY_KEY_REUSED", "ALREADY_REVERSED"
 */
public class BillingRejected extends RuntimeException {

    private final String code;

    public BillingRejected(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
