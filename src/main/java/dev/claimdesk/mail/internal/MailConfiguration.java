package dev.claimdesk.mail.internal;

import dev.claimdesk.platform.PlatformProperties;
import jakarta.mail.Authenticator;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.FlagTerm;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.mail.ImapMailReceiver;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    /**
     * The embedded setup makes a key up once per JVM (not per application context: test contexts share one mailbox, and
     * every one of them must accept the tokens of the others). A real deployment must configure one: a key made up at
     * each start would void the reply addresses of every mail sent before, and differ between instances.
     */
    private static final byte[] EMBEDDED_SECRET = new SecureRandom().generateSeed(32);

    @Bean
    ReplyTokens replyTokens(MailSettings settings, PlatformProperties platform) {
        byte[] secret;
        if (StringUtils.hasText(settings.replyTokenSecret())) {
            secret = settings.replyTokenSecret().getBytes(StandardCharsets.UTF_8);
        } else if (platform.mail().embedded()) {
            log.info(
                    "Mail: reply tokens signed with a key made up for this run (claimdesk.mail.reply-token-secret unset)");
            secret = EMBEDDED_SECRET;
        } else {
            throw new IllegalStateException("claimdesk.mail.reply-token-secret must be set (at least 16 characters, the"
                    + " same on every instance) when the mail server is not embedded");
        }
        return new ReplyTokens(secret, platform.mail().helpdeskAddress());
    }

    /**
     * Spring Integration's IMAP receiver for the helpdesk inbox, used by {@link InboxPoller} only. Messages are read
     * with BODY.PEEK (reading does not mark them \Seen), are searched as "not \Seen, not \Deleted" (not \Recent, which
     * the server clears on first sight even if we crash before handling them), and stay open until the poller has
     * committed what they caused and flagged them \Seen itself.
     */
    @Bean
    ImapMailReceiver helpdeskMailReceiver(PlatformProperties platform, MailSettings settings) {
        var imap = platform.mail().imap();
        var receiver = new ImapMailReceiver(imap.protocol() + "://" + imap.host() + ":" + imap.port() + "/INBOX") {
            @Override
            protected void fetchMessages(Message[] messages) throws MessagingException {
                // flags and size only: the whole mail is read next anyway, and a server that cannot build one mail's
                // ENVELOPE (an unparsable From, say) would otherwise fail the batch, every poll, for every mail behind
                // it
                var profile = new FetchProfile();
                profile.add(FetchProfile.Item.FLAGS);
                profile.add(FetchProfile.Item.SIZE);
                getFolder().fetch(messages, profile);
            }
        };
        var properties = new Properties();
        String prefix = "mail." + imap.protocol() + ".";
        properties.put(prefix + "peek", "true");
        properties.put(prefix + "user", imap.username());
        properties.put(prefix + "connectiontimeout", "5000");
        properties.put(prefix + "timeout", "20000");
        receiver.setJavaMailProperties(properties);
        String password = imap.password() == null ? "" : imap.password();
        receiver.setJavaMailAuthenticator(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(imap.username(), password);
            }
        });
        receiver.setShouldMarkMessagesAsRead(false);
        receiver.setAutoCloseFolder(false);
        receiver.setFlaggedAsFallback(false);
        receiver.setMaxFetchSize(settings.inbound().maxMessagesPerPoll());
        receiver.setSearchTermStrategy((supportedFlags, folder) -> new AndTerm(
                new FlagTerm(new Flags(Flags.Flag.SEEN), false), new FlagTerm(new Flags(Flags.Flag.DELETED), false)));
        return receiver;
    }
}
