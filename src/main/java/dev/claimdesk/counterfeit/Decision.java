package dev.claimdesk.counterfeit;

/** How a finding ended. */
public enum Decision {
    NO_APPEAL("No appeal in time: penalty posted, SKU delisted"),
    UPHELD("Appeal rejected: penalty posted, SKU delisted"),
    DOCUMENTS_LAPSED("Requested document not received in time: penalty posted, SKU delisted"),
    OVERTURNED("Appeal accepted: no penalty");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the penalty stands and the SKU is delisted. */
    public boolean penalises() {
        return this != OVERTURNED;
    }
}
