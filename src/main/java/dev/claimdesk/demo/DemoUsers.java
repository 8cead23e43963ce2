package dev.claimdesk.demo;

import dev.claimdesk.security.Role;
import java.util.List;
import java.util.Set;

/** The demo's people, one per kind of work (the README's table of demo users lists them with what they see). */
public final class DemoUsers {

    /** A demo user: their roles and the teams whose queues they work. */
    public record DemoUser(String username, String name, Set<Role> roles, Set<String> teams) {}

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("agent", "Amina Agent", Set.of(Role.AGENT), Set.of("seller-support", "warehouse-claims")),
            new DemoUser("billing", "Bo Billing", Set.of(Role.AGENT), Set.of("billing")),
            new DemoUser(
                    "supervisor",
                    "Sam Supervisor",
                    Set.of(Role.SUPERVISOR),
                    Set.of("seller-support", "billing", "warehouse-claims", "brand-protection")),
            new DemoUser("brand", "Bea Brand", Set.of(Role.BRAND_PROTECTION), Set.of("brand-protection")),
            new DemoUser("manager", "Mia Manager", Set.of(Role.MANAGER), Set.of()),
            new DemoUser("warehouse", "Wang Warehouse", Set.of(Role.WAREHOUSE), Set.of("warehouse")),
            new DemoUser("admin", "Ada Admin", Set.of(Role.ADMIN, Role.SUPERVISOR, Role.MANAGER), Set.of()));

    private DemoUsers() {}
}
