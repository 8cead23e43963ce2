package dev.claimdesk.counterfeit;

/** Where a finding stands, with the label people read. */
public enum FindingStatus {
    RECORDED("Recorded"),
    NOTIFIED("Waiting for an appeal"),
    IN_REVIEW("Appeal in review"),
    WAITING_FOR_DOCUMENTS("Waiting for a document"),
    PENALISED("Penalty applied"),
    OVERTURNED("Overturned");

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isClosed() {
        return this == PENALISED || this == OVERTURNED;
    }
}
