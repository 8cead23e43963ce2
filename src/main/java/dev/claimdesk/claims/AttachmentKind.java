package dev.claimdesk.claims;

/** What an attached file is evidence of. */
public enum AttachmentKind {
    EVIDENCE("Evidence"),
    BRAND_AUTHORIZATION("Brand authorization"),
    AUTHENTICITY_STATEMENT("Authenticity statement"),
    SIGN_FOR_PROOF("Proof of SEKO's sign-for stamp"),
    PHOTO("Photo");

    private final String label;

    AttachmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
