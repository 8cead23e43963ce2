package dev.claimdesk.rtv;

/** Where an RTV case stands, with the label people read. */
public enum RtvStatus {
    REQUESTED("Requested: pickup to schedule", true),
    PICKUP_SCHEDULED("Pickup scheduled", true),
    APPEAL_REGISTERED("Appeal registered: waiting for the claim", true),
    CLAIM_RAISED("Claim raised: being verified", true),
    COMPENSATED("Claim accepted: compensated", false),
    CLAIM_REJECTED("Claim not accepted", false),
    CLOSED_NO_APPEAL("Collected without appeal", false),
    UNCOLLECTED("Closed: goods never collected", false),
    APPEAL_LAPSED("Closed: appeal lapsed (no claim in time)", false);

    private final String label;
    private final boolean open;

    RtvStatus(String label, boolean open) {
        this.label = label;
        this.open = open;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return open;
    }
}
