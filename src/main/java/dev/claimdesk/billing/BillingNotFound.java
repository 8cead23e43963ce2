package dev.claimdesk.billing;

/** The bill service does not know the shop or the posting. A business outcome. */
public class BillingNotFound extends RuntimeException {

    public BillingNotFound(String message) {
        super(message);
    }
}
