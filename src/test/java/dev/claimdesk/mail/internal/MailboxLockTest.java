package dev.claimdesk.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.claimdesk.support.ClaimDeskTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One instance at a time reads a mailbox: the lock row goes to one owner until released or its lease runs out. */
@ClaimDeskTest
class MailboxLockTest {

    @Autowired
    MailboxLock lock;

    @Autowired
    JdbcClient jdbc;

    final String name = "test-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void lockRow() {
        jdbc.sql("INSERT INTO mail_lock (name) VALUES (?)").param(name).update();
    }

    @Test
    void onlyOneOwnerHoldsTheLockUntilItIsReleased() {
        assertThat(lock.tryAcquire(name, "instance-a", Duration.ofMinutes(1))).isTrue();
        assertThat(lock.tryAcquire(name, "instance-b", Duration.ofMinutes(1))).isFalse();
        assertThat(lock.tryAcquire(name, "instance-a", Duration.ofMinutes(1)))
                .as("the owner extends its lease")
                .isTrue();

        lock.release(name, "instance-b"); // not the owner: changes nothing
        assertThat(lock.tryAcquire(name, "instance-b", Duration.ofMinutes(1))).isFalse();

        lock.release(name, "instance-a");
        assertThat(lock.tryAcquire(name, "instance-b", Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void aLockWhoseOwnerDiedIsTakenOverWhenItsLeaseRunsOut() {
        assertThat(lock.tryAcquire(name, "instance-a", Duration.ofMillis(300))).isTrue();
        assertThat(lock.tryAcquire(name, "instance-b", Duration.ofMinutes(1))).isFalse();

        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> lock.tryAcquire(name, "instance-b", Duration.ofMinutes(1)));
        assertThat(lock.tryAcquire(name, "instance-a", Duration.ofMinutes(1))).isFalse();
    }
}
