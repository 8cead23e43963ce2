package dev.claimdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Package by feature, with walls: each top-level package is a module whose root is its API; what lies below is
 * internal, and modules may not form cycles.
 */
class ModularityTest {

    @Test
    void modulesOnlyUseEachOthersApis() {
        ApplicationModules.of(ClaimDeskApplication.class).verify();
    }
}
