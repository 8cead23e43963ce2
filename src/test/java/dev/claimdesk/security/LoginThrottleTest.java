package dev.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimdesk.support.BackOffice;
import dev.claimdesk.support.ClaimDeskTest;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Guessing passwords at the sign-in form: five wrong ones pause that user's sign-in from that address. */
@ClaimDeskTest
class LoginThrottleTest {

    @Autowired
    Users users;

    @LocalServerPort
    int port;

    @Test
    void fiveWrongPasswordsPauseTheUsersSignInButNotAnotherUsers() {
        String amina = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        String bo = amina + "-bo";
        users.saveUser(amina, "Amina", "right-password", Set.of(Role.AGENT), Set.of("billing"));
        users.saveUser(bo, "Bo", "right-password", Set.of(Role.AGENT), Set.of("billing"));

        for (int i = 0; i < 4; i++) {
            assertThat(BackOffice.canSignIn(port, amina, "guess-" + i)).isFalse();
        }
        // four wrong ones are forgiven by the right one, which clears the count
        assertThat(BackOffice.canSignIn(port, amina, "right-password")).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThat(BackOffice.canSignIn(port, amina, "guess-" + i)).isFalse();
        }

        // now even the right password is refused, with its own message, and the form says why
        var session = BackOffice.anonymous(port);
        var refused = session.post(
                "/login", session.get("/login").body(), Map.of("username", amina, "password", "right-password"));
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error&locked"));
        assertThat(session.get("/login?error&locked").body())
                .contains("Too many wrong passwords")
                .doesNotContain("Wrong username or password.");
        // another user at the same address signs in as usual
        assertThat(BackOffice.canSignIn(port, bo, "right-password")).isTrue();
    }
}
