package dev.claimdesk.mail.internal;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A lock row per mailbox: an instance reads the mailbox only while it holds the row (owner + expiry, taken with one
 * conditional update, so two instances can never both succeed). An instance that dies loses the lock when the lease
 * runs out. The expiry uses the database's clock, the one clock all instances share.
 */
@Repository
public class MailboxLock {

    private final JdbcClient jdbc;

    public MailboxLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes (or extends) the lock for {@code owner}; false while another owner holds an unexpired lease. */
    public boolean tryAcquire(String name, String owner, Duration lease) {
        return jdbc.sql("""
                        UPDATE mail_lock SET owner = ?, locked_until = DATE_ADD(NOW(6), INTERVAL ? MICROSECOND)
                        WHERE name = ? AND (owner IS NULL OR owner = ? OR locked_until < NOW(6))""").params(owner, lease.toNanos() / 1000, name, owner).update() == 1;
    }

    public void release(String name, String owner) {
        jdbc.sql("UPDATE mail_lock SET owner = NULL, locked_until = NULL WHERE name = ? AND owner = ?")
                .params(name, owner)
                .update();
    }
}
