package dev.claimdesk.platform.internal;

import dev.claimdesk.platform.PlatformProperties;
import jakarta.mail.Session;
import java.util.Properties;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** UP when the helpdesk mailbox accepts a login: sellers' replies can be read. */
final class ImapHealthIndicator extends AbstractHealthIndicator {

    private final PlatformProperties.Imap imap;

    ImapHealthIndicator(PlatformProperties.Imap imap) {
        super("Helpdesk mailbox (IMAP) unreachable");
        this.imap = imap;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var props = new Properties();
        props.put("mail." + imap.protocol() + ".connectiontimeout", "3000");
        props.put("mail." + imap.protocol() + ".timeout", "3000");
        try (var store = Session.getInstance(props).getStore(imap.protocol())) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            builder.up().withDetail("mailbox", imap.username()).withDetail("server", imap.host() + ":" + imap.port());
        }
    }
}
