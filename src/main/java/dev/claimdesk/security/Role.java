package dev.claimdesk.security;

/** The back office's roles. Sellers have none: they never log in. */
public enum Role {
    /** Works claims from the queues of their teams. */
    AGENT("Agent", "works the claims of their teams' queues"),
    /** Sees all queues, assigns work, handles escalations and quarantined mail. */
    SUPERVISOR("Supervisor", "every queue and claim, assigns tasks, quarantined mail"),
    /** Watches volumes, deadlines and outcomes. */
    MANAGER("Manager", "the dashboard, its exports and the metrics"),
    /** Warehouse (3PL / SEKO) staff who register on-site appeals for wrong returns. */
    WAREHOUSE("Warehouse staff", "RTV pickups and on-site appeals"),
    /** Brand-protection staff: record counterfeit findings and review sellers' appeals against them. */
    BRAND_PROTECTION("Brand protection", "counterfeit findings and their appeals"),
    /** Configures the system: users, calendar, demo tools. */
    ADMIN("Admin", "users, teams, the calendar and the demo tools");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The role's name as people read it. */
    public String label() {
        return label;
    }

    /** What the role may do, in a few words (shown beside it on the users page). */
    public String description() {
        return description;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
