package dev.claimdesk.mail.internal;

import dev.claimdesk.mail.CaseMail;
import dev.claimdesk.mail.MailKind;
import dev.claimdesk.mail.Mailbox;
import dev.claimdesk.mail.OutgoingMail;
import dev.claimdesk.mail.ThreadEntry;
import dev.claimdesk.mail.ThreadEntry.Direction;
import dev.claimdesk.mail.ThreadEntry.Status;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.PlatformProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

@Service
class MailboxService implements Mailbox {

    /** RFC 5322 keeps the whole chain in References; long threads keep the first and the latest ones. */
    private static final int MAX_REFERENCES = 10;

    private final Recipients recipients;
    private final MailStore store;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final ReplyTokens tokens;
    private final AppClock clock;
    private final ApplicationEventPublisher events;
    private final String helpdeskAddress;

    MailboxService(
            Recipients recipients,
            MailStore store,
            Outbox outbox,
            MailTemplates templates,
            ReplyTokens tokens,
            AppClock clock,
            ApplicationEventPublisher events,
            PlatformProperties platform) {
        this.recipients = recipients;
        this.store = store;
        this.outbox = outbox;
        this.templates = templates;
        this.tokens = tokens;
        this.clock = clock;
        this.events = events;
        this.helpdeskAddress = platform.mail().helpdeskAddress();
    }

    @Override
    @Transactional
    public String queue(OutgoingMail mail) {
        var queued = outbox.messageIdFor(mail.idempotencyKey());
        if (queued.isPresent()) {
            return queued.get();
        }
        var claim = recipients
                .find(mail.claimReference())
                .orElseThrow(() -> new IllegalArgumentException("No claim or case " + mail.claimReference()));
        if (!StringUtils.hasText(claim.sellerEmail())) {
            throw new IllegalStateException("Case " + claim.reference() + " has no seller email address");
        }
        return store(
                claim.reference(),
                claim.sellerEmail(),
                mail.kind(),
                mail.idempotencyKey(),
                templates.render(mail.kind(), claim, mail.values()));
    }

    @Override
    @Transactional
    public String queue(CaseMail mail) {
        var queued = outbox.messageIdFor(mail.idempotencyKey());
        if (queued.isPresent()) {
            return queued.get();
        }
        return store(
                mail.caseReference(),
                mail.sellerEmail(),
                mail.kind(),
                mail.idempotencyKey(),
                templates.render(mail.kind(), mail.caseReference(), mail.shopName(), mail.caseLabel(), mail.values()));
    }

    private String store(
            String reference,
            String sellerEmail,
            MailKind kind,
            String idempotencyKey,
            MailTemplates.Rendered rendered) {
        var thread = store.messageIds(reference);
        String messageId =
                reference + "." + kind.template() + "." + UUID.randomUUID() + "@" + domainOf(helpdeskAddress);
        long id = store.insert(new MailStore.StoredMail(
                0,
                reference,
                Direction.TO_SELLER,
                kind,
                Status.QUEUED,
                messageId,
                thread.isEmpty() ? null : thread.getLast(),
                references(thread),
                helpdeskAddress,
                sellerEmail,
                tokens.replyAddress(reference),
                rendered.subject(),
                rendered.text(),
                rendered.html(),
                clock.instant()));
        outbox.insert(idempotencyKey, id, clock.instant());
        events.publishEvent(new MailQueued(id));
        return messageId;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ThreadEntry> thread(String claimReference) {
        return store.thread(claimReference);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AttachmentFile> attachment(String claimReference, long attachmentId) {
        return store.attachment(attachmentId)
                .filter(a -> a.claimReference().equals(claimReference))
                .map(a -> new AttachmentFile(a.fileName(), a.contentType(), a.content()));
    }

    static List<String> references(List<String> thread) {
        if (thread.size() <= MAX_REFERENCES) {
            return thread;
        }
        var kept = new ArrayList<String>();
        kept.add(thread.getFirst());
        kept.addAll(thread.subList(thread.size() - (MAX_REFERENCES - 1), thread.size()));
        return kept;
    }

    static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1);
    }

    /** Published inside the queuing transaction; the sender is woken once it commits. */
    record MailQueued(long mailMessageId) {}
}
