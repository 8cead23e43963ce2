package dev.claimdesk.security;

/** The back office's roles. Sellers have none: they never log in. */
public enum Role {
    /** Works claims from the queues of their teams. */
    AGENT,
    /** Sees all queues, assigns work, handles escalations and quarantined mail. */
    SUPERVISOR,
    /** Watches volumes, deadlines and outcomes. */
    MANAGER,
    /** Warehouse (3PL / SEKO) staff who register on-site appeals for wrong returns. */
    WAREHOUSE,
    /** Brand-protection staff: record counterfeit findings and review sellers' appeals against them. */
    BRAND_PROTECTION,
    /** Configures the system: users, calendar, demo tools. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
