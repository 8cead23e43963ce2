package dev.claimdesk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimdesk.security.Role;
import dev.claimdesk.security.Users;
import dev.claimdesk.support.ClaimDeskTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last active admin stays one. The shared database has other tests' admins, so each test first disables them
 * inside its own transaction, which is rolled back at the end (nothing of it is seen by other tests).
 */
@ClaimDeskTest
@Transactional
class LastAdminTest {

    @Autowired
    Users users;

    @Autowired
    AppUserRepository repository;

    @Autowired
    UserAdministration administration;

    /** An admin who is, for this test's transaction, the only active one. */
    String onlyAdmin() {
        String ada = "last-" + UUID.randomUUID().toString().substring(0, 8);
        users.saveUser(ada, "Ada", "last-admin-pass", Set.of(Role.ADMIN, Role.MANAGER), Set.of());
        repository.findAll().stream()
                .filter(u -> u.activeAdmin() && !u.username().equals(ada))
                .forEach(u -> u.enabled(false));
        repository.flush();
        return ada;
    }

    @Test
    void theLastActiveAdminCannotBeDisabled() {
        String ada = onlyAdmin();

        // e.g. a second admin who was disabled a moment ago, by a request that passed the gate before
        assertThatThrownBy(() -> administration.update("bo", ada, "Ada", Set.of(Role.ADMIN), Set.of(), false))
                .isInstanceOf(AdminRefusal.class)
                .satisfies(e -> assertThat(((AdminRefusal) e).errors())
                        .containsEntry(
                                "enabled",
                                ada + " is the last active admin and stays one: make another user an admin first,"
                                        + " so that someone can still manage users."));
        assertThat(repository.findById(ada).orElseThrow().activeAdmin()).isTrue();
    }

    @Test
    void theLastActiveAdminCannotBeDemoted() {
        String ada = onlyAdmin();

        assertThatThrownBy(() -> administration.update("bo", ada, "Ada", Set.of(Role.MANAGER), Set.of(), true))
                .isInstanceOf(AdminRefusal.class)
                .satisfies(e -> assertThat(((AdminRefusal) e).errors()).containsKey("roles"));
        assertThat(repository.findById(ada).orElseThrow().roles()).contains(Role.ADMIN);
        assertThat(administration.changesOf(ada))
                .as("a refused change is not audited")
                .isEmpty();
    }

    @Test
    void withASecondActiveAdminTheFirstMayBeDemoted() {
        String ada = onlyAdmin();
        String bo = "second-" + UUID.randomUUID().toString().substring(0, 8);
        users.saveUser(bo, "Bo", "last-admin-pass", Set.of(Role.ADMIN), Set.of());

        assertThat(administration.update(bo, ada, "Ada", Set.of(Role.MANAGER), Set.of(), true))
                .isTrue();
        assertThat(repository.findById(ada).orElseThrow().roles()).containsExactly(Role.MANAGER);
        assertThatThrownBy(() -> administration.update(ada, bo, "Bo", Set.of(Role.ADMIN), Set.of(), false))
                .as("now bo is the last one")
                .isInstanceOf(AdminRefusal.class);
    }
}
