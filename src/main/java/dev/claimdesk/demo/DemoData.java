package dev.claimdesk.demo;

import dev.claimdesk.claims.ClaimCategory;
import dev.claimdesk.claims.ClaimField;
import dev.claimdesk.claims.ClaimSubmission;
import dev.claimdesk.claims.Claims;
import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

@Component
@ConditionalOnProperty(name = "claimdesk.demo.enabled", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoUser(String username, String name, Set<Role> roles, Set<String> teams) {}

    static final List<DemoUser> USERS = List.of(
            new DemoUser("agent", "Amina Agent", Set.of(Role.AGENT), Set.of("seller-support", "warehouse-claims")),
            new DemoUser("billing", "Bo Billing", Set.of(Role.AGENT), Set.of("billing")),
            new DemoUser(
                    "supervisor",
                    "Sam Supervisor",
                    Set.of(Role.SUPERVISOR),
                    Set.of("seller-support", "billing", "warehouse-claims", "counterfeit")),
            new DemoUser("manager", "Mia Manager", Set.of(Role.MANAGER), Set.of()),
            new DemoUser("warehouse", "Wang Warehouse", Set.of(Role.WAREHOUSE), Set.of()),
            new DemoUser("admin", "Ada Admin", Set.of(Role.ADMIN, Role.SUPERVISOR, Role.MANAGER), Set.of()));

    private final DemoProperties properties;
    private final Users users;
    private final Claims claims;

    DemoData(DemoProperties properties, Users users, Claims claims) {
        this.properties = properties;
        this.users = users;
        this.claims = claims;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!StringUtils.hasText(properties.password())) {
            throw new IllegalStateException("claimdesk.demo.password must be set when the demo is enabled");
        }
        USERS.forEach(u -> users.saveUser(u.username(), u.name(), properties.password(), u.roles(), u.teams()));
        if (claims.recent(1).isEmpty()) {
            claims.submit(
                    new ClaimSubmission(
                            ClaimCategory.CANCEL_WRONG_ORDER,
                            "shenzhen-gadgets",
                            "Shenzhen Gadgets",
                            "support@shenzhen-gadgets.example",
                            "NG",
                            Map.of(
                                    ClaimField.ORDER_NUMBER, "NG-240001",
                                    ClaimField.SKU, "SZG-CHARGER-65W",
                                    ClaimField.CANCEL_REASON, "sku-deleted-still-orders",
                                    ClaimField.COMMENT,
                                            "The SKU was deleted on the seller center but we still get orders for it."),
                            List.of(),
                            "demo"),
                    "demo");
        }
        log.info(
                "Demo data loaded. Log in as {} (password: the demo password, \"demo\" by default)",
                USERS.stream().map(DemoUser::username).toList());
    }
}
