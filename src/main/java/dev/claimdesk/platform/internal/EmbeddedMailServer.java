package dev.claimdesk.platform.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.claimdesk.platform.PlatformProperties;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GreenMail with SMTP and IMAP for the default run and the tests: the platform sends through its SMTP port, and the
 * helpdesk mailbox (a GreenMail user with a password made up at start) is read through its IMAP port. One per JVM.
 */
public final class EmbeddedMailServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);
    private static EmbeddedMailServer instance;

    private final NoDelayGreenMail greenMail;
    private final String helpdeskAddress;
    private final String helpdeskPassword;

    private EmbeddedMailServer(NoDelayGreenMail greenMail, String helpdeskAddress, String helpdeskPassword) {
        this.greenMail = greenMail;
        this.helpdeskAddress = helpdeskAddress;
        this.helpdeskPassword = helpdeskPassword;
    }

    static synchronized EmbeddedMailServer obtain(PlatformProperties.Mail settings) {
        if (instance == null) {
            var smtp = new ServerSetup(
                    FreePort.orFree(settings.smtpPort(), "mail server (SMTP)", "claimdesk.mail.smtp-port"),
                    "localhost",
                    ServerSetup.PROTOCOL_SMTP);
            var imap = new ServerSetup(
                    FreePort.orFree(settings.imapPort(), "mail server (IMAP)", "claimdesk.mail.imap-port"),
                    "localhost",
                    ServerSetup.PROTOCOL_IMAP);
            var greenMail = new NoDelayGreenMail(smtp, imap);
            greenMail.start();
            String password = settings.imap().password() != null
                    ? settings.imap().password()
                    : HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
            greenMail.setUser(settings.helpdeskAddress(), settings.imap().username(), password);
            plusAddressing(greenMail);
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "greenmail-stop"));
            instance = new EmbeddedMailServer(greenMail, settings.helpdeskAddress(), password);
            log.info("Mail: embedded GreenMail, SMTP localhost:{}, IMAP localhost:{}", smtp.getPort(), imap.getPort());
        }
        return instance;
    }

    /**
     * Delivers "helpdesk+anything@domain" to the helpdesk mailbox, as real mail servers do: the platform's Reply-To
     * addresses carry a claim token after the "+". Other unknown recipients get a mailbox of their own (GreenMail's
     * default), so tests and the demo can read what sellers were sent.
     */
    private static void plusAddressing(GreenMail greenMail) {
        var users = greenMail.getUserManager();
        users.setMessageDeliveryHandler((message, address) -> {
            String email = address.getEmail();
            int plus = address.getUser().indexOf('+');
            if (plus > 0) {
                var base = users.getUserByEmail(address.getUser().substring(0, plus) + "@" + address.getHost());
                if (base != null) {
                    return base;
                }
            }
            var user = users.getUserByEmail(email);
            return user != null ? user : users.createUser(email, email, email);
        });
    }

    /** The running embedded server, for tests and demo tools that need to look inside every mailbox. */
    public static synchronized GreenMail greenMail() {
        if (instance == null) {
            throw new IllegalStateException("The embedded mail server is not running (claimdesk.mail.embedded=false)");
        }
        return instance.greenMail;
    }

    Map<String, Object> springProperties() {
        int smtpPort = greenMail.getSmtp().getPort();
        int imapPort = greenMail.imapPort();
        return Map.of(
                "spring.mail.host", "localhost",
                "spring.mail.port", smtpPort,
                "claimdesk.mail.imap.host", "localhost",
                "claimdesk.mail.imap.port", imapPort,
                "claimdesk.mail.imap.protocol", "imap",
                "claimdesk.mail.imap.password", helpdeskPassword,
                "claimdesk.mail.helpdesk-address", helpdeskAddress);
    }
}
