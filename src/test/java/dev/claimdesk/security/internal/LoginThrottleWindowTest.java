package dev.claimdesk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The throttle's window: failures count for the lockout time, per username and address, whatever the case. */
class LoginThrottleWindowTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-03T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofMinutes(15));

    void fail(String username, String address) {
        var attempt = new UsernamePasswordAuthenticationToken(username, "wrong");
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        throttle.on(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("wrong")));
    }

    @Test
    void failuresCountForTheLockoutTimeThenExpire() {
        fail("amina", "10.0.0.1");
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        fail("Amina", "10.0.0.1");
        fail("AMINA ", "10.0.0.1");

        assertThat(throttle.allowed("amina", "10.0.0.1")).isFalse();
        // the same name from elsewhere, and another name from here, are not paused
        assertThat(throttle.allowed("amina", "10.0.0.2")).isTrue();
        assertThat(throttle.allowed("bo", "10.0.0.1")).isTrue();

        // 15 minutes after the first failure it no longer counts: two of three are left
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(throttle.allowed("amina", "10.0.0.1")).isTrue();
        fail("amina", "10.0.0.1");
        assertThat(throttle.allowed("amina", "10.0.0.1")).isFalse();
    }
}
