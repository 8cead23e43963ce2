package dev.claimdesk.mail.internal;

import dev.claimdesk.mail.MailJobs;
import dev.claimdesk.mail.SellerReplyReceived;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.FaultPoints;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the engine about accepted replies: message {@value MailJobs#MSG_SELLER_REPLIED}, correlation key the claim
 * reference, message id the mail's Message-ID (the engine refuses a second message with that id while the first is
 * kept, and the reply's row is marked published once the engine has it, so the same mail never correlates twice).
 * The time to live is short: long-lived buffered messages are costly in the engine's state.
 *
 * <p>A reply is published once the transaction that stored it has committed (whoever stored it: the mailbox poller, a
 * supervisor assigning a quarantined mail), so the engine never hears of a reply that was rolled back; one the engine
 * could not take then is published by {@link #publishPending()}.
 */
@Component
public class ReplyPublisher {

    private static final Logger log = LoggerFactory.getLogger(ReplyPublisher.class);
    /** Engine variables are kept small: the full text stays on the claim's thread. */
    private static final int MAX_REPLY_CHARS = 4000;

    private final CamundaClient client;
    private final MailStore store;
    private final AppClock clock;
    private final MailSettings.Inbound settings;
    private final FaultPoints faults;

    public ReplyPublisher(
            CamundaClient client, MailStore store, AppClock clock, MailSettings settings, FaultPoints faults) {
        this.client = client;
        this.store = store;
        this.clock = clock;
        this.settings = settings.inbound();
        this.faults = faults;
    }

    /** After the reply's transaction committed; the published mark needs a transaction of its own by then. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onReplyReceived(SellerReplyReceived reply) {
        faults.reach(FaultPoints.REPLY_STORED_BEFORE_PUBLISH);
        publish(reply.threadEntryId());
    }

    /** Publishes the reply; false (and it stays pending for {@link #publishPending()}) if the engine cannot be reached. */
    public boolean publish(long replyId) {
        return store.find(replyId).map(this::publish).orElse(false);
    }

    /** Publishes every accepted reply the engine has not had yet. */
    public void publishPending() {
        for (var reply : store.unpublishedReplies(50)) {
            if (!publish(reply)) {
                return;
            }
        }
    }

    private boolean publish(MailStore.StoredMail reply) {
        try {
            client.newPublishMessageCommand()
                    .messageName(MailJobs.MSG_SELLER_REPLIED)
                    .correlationKey(reply.claimReference())
                    .messageId(reply.messageId())
                    .timeToLive(settings.replyMessageTtl())
                    .variables(Map.of(
                            MailJobs.VAR_SELLER_REPLY, MailStore.truncate(reply.text(), MAX_REPLY_CHARS),
                            MailJobs.VAR_SELLER_REPLIED_AT, reply.createdAt().toString(),
                            MailJobs.VAR_SELLER_REPLY_ID, reply.id()))
                    .send()
                    .join();
        } catch (ClientStatusException e) {
            if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
                log.warn(
                        "Could not tell the engine about the reply to {} yet (will retry): {}",
                        reply.claimReference(),
                        e.getMessage());
                return false;
            }
            // published before, the mark was lost: the engine already has it
        } catch (RuntimeException e) {
            log.warn(
                    "Could not tell the engine about the reply to {} yet (will retry): {}",
                    reply.claimReference(),
                    e.getMessage());
            return false;
        }
        faults.reach(FaultPoints.REPLY_PUBLISHED_BEFORE_MARK);
        store.markPublished(reply.id(), clock.instant());
        return true;
    }
}
