package dev.claimdesk.mail.internal;

import dev.claimdesk.language.LanguageCheck;
import dev.claimdesk.mail.MailKind;
import dev.claimdesk.mail.Mailbox;
import dev.claimdesk.mail.OutgoingMail;
import dev.claimdesk.mail.SellerReplyReceived;
import dev.claimdesk.mail.ThreadEntry.Direction;
import dev.claimdesk.mail.ThreadEntry.Status;
import dev.claimdesk.mail.internal.InboundLedger.Outcome;
import dev.claimdesk.platform.AppClock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to one mail from the helpdesk mailbox, in one transaction: it is ignored (already handled, a bounce),
 * kept on the thread without counting (auto-reply, not in English: the seller is then asked to write in English),
 * quarantined (no claim found, wrong token, not from the shop's address, no text of the seller's and no attachment) or
 * accepted as the seller's reply. The engine is told about an accepted reply after this transaction commits
 * ({@link ReplyPublisher} listens for {@link SellerReplyReceived}).
 */
@Service
public class InboundProcessor {

    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);
    private static final int EXCERPT_CHARS = 2000;
    private static final int LANGUAGE_SAMPLE_CHARS = 2000;

    private final ReplyMatcher matcher;
    private final Recipients claims;
    private final MailStore store;
    private final InboundLedger ledger;
    private final QuarantineStore quarantine;
    private final AttachmentPolicy attachments;
    private final LanguageCheck language;
    private final Mailbox mailbox;
    private final AppClock clock;
    private final ApplicationEventPublisher events;

    public InboundProcessor(
            ReplyMatcher matcher,
            Recipients claims,
            MailStore store,
            InboundLedger ledger,
            QuarantineStore quarantine,
            AttachmentPolicy attachments,
            LanguageCheck language,
            Mailbox mailbox,
            AppClock clock,
            ApplicationEventPublisher events) {
        this.matcher = matcher;
        this.claims = claims;
        this.store = store;
        this.ledger = ledger;
        this.quarantine = quarantine;
        this.attachments = attachments;
        this.language = language;
        this.mailbox = mailbox;
        this.clock = clock;
        this.events = events;
    }

    /**
     * @param outcome what became of the mail; null when it had been handled before
     * @param replyId the thread entry of an accepted reply (to publish once committed), else null
     */
    public record Result(String messageKey, Outcome outcome, String claimReference, Long replyId) {}

    @Transactional
    public Result process(InboundMail mail) {
        String key = mail.messageKey();
        if (ledger.seen(key)) {
            return new Result(key, null, null, null);
        }
        var automatic = AutomaticMail.classify(mail);
        if (automatic.isPresent() && automatic.get() == AutomaticMail.Kind.BOUNCE) {
            log.info("Ignored a bounce ({}) from {}: {}", key, mail.from(), mail.subject());
            return recorded(key, Outcome.BOUNCE, null, null);
        }
        var match = matcher.match(mail);
        if (automatic.isPresent()) {
            String reference = match instanceof ReplyMatcher.Matched m ? m.reference() : null;
            if (reference != null) {
                storeFromSeller(
                        mail,
                        reference,
                        Status.AUTO_REPLY,
                        ReplyText.extract(mail.text()).text());
            }
            log.info("Ignored an auto-reply ({}) from {} for {}", key, mail.from(), reference);
            return recorded(key, Outcome.AUTO_REPLY, reference, null);
        }
        if (match instanceof ReplyMatcher.Unmatched unmatched) {
            return quarantined(mail, unmatched.reason(), unmatched.detail(), unmatched.suggestedReference());
        }
        String reference = ((ReplyMatcher.Matched) match).reference();
        String sellerEmail = claims.find(reference).orElseThrow().sellerEmail();
        if (mail.from() == null || sellerEmail == null || !sellerEmail.strip().equalsIgnoreCase(mail.from())) {
            return quarantined(
                    mail,
                    QuarantineReason.SENDER_NOT_REGISTERED,
                    "from " + mail.from() + ", the shop's address is " + sellerEmail,
                    reference);
        }
        String authentication = mail.header("Authentication-Results");
        if (authentication != null && authentication.toLowerCase(Locale.ROOT).contains("dmarc=fail")) {
            return quarantined(mail, QuarantineReason.SENDER_NOT_AUTHENTICATED, authentication, reference);
        }
        var reply = ReplyText.extract(mail.text());
        if (!reply.hasOwnWords() && keptAttachments(mail) == 0) {
            // nothing of the seller's to answer with: the process keeps waiting, a supervisor sees it whole
            return quarantined(mail, QuarantineReason.NO_SELLER_TEXT, noSellerTextDetail(mail), reference);
        }
        var result = accept(mail, reference, reply);
        ledger.record(key, result.outcome(), reference, clock.instant());
        return result;
    }

    /** A mail that could not even be parsed: kept whole for a supervisor, under a digest of its bytes. */
    @Transactional
    public Result quarantineUnreadable(String messageKey, byte[] raw, QuarantineReason reason, String detail) {
        if (ledger.seen(messageKey)) {
            return new Result(messageKey, null, null, null);
        }
        quarantine.insert(messageKey, clock.instant(), null, null, reason, detail, null, null, raw);
        return recorded(messageKey, Outcome.QUARANTINED, null, null);
    }

    /** A supervisor vouches that the quarantined mail is the seller's reply to this claim: it is handled as one. */
    @Transactional
    public Result assign(long quarantineId, String reference, String supervisor, String note) {
        var claim = claims.find(reference.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException("No claim " + reference));
        if (!quarantine.resolve(
                quarantineId, QuarantineStore.State.ASSIGNED, supervisor, clock.instant(), claim.reference(), note)) {
            throw new IllegalStateException("Quarantined mail " + quarantineId + " is no longer open");
        }
        var mail = InboundMail.parse(quarantine.raw(quarantineId).orElseThrow(), attachments.maxBytes());
        var result = accept(mail, claim.reference(), ReplyText.extract(mail.text()));
        String key = quarantine.find(quarantineId).orElseThrow().messageKey();
        ledger.update(key, result.outcome(), claim.reference());
        log.info("{} assigned quarantined mail {} to {}", supervisor, quarantineId, claim.reference());
        return result;
    }

    @Transactional
    public void dismiss(long quarantineId, String supervisor, String reason) {
        var item = quarantine.find(quarantineId).orElseThrow();
        if (quarantine.resolve(
                quarantineId, QuarantineStore.State.DISMISSED, supervisor, clock.instant(), null, reason)) {
            ledger.update(item.messageKey(), Outcome.DISMISSED, null);
        }
    }

    private int keptAttachments(InboundMail mail) {
        int kept = 0;
        for (int i = 0; i < mail.attachments().size(); i++) {
            if (attachments.rejection(mail.attachments().get(i), i) == null) {
                kept++;
            }
        }
        return kept;
    }

    private static String noSellerTextDetail(InboundMail mail) {
        return mail.attachments().isEmpty()
                ? "only quoted text, a quote header or a signature"
                : "only quoted text and attachments that were not kept";
    }

    /** The reply is stored whole (its original too); only the seller's own words are judged for the English rule. */
    private Result accept(InboundMail mail, String reference, ReplyText.Reply reply) {
        // the start is enough to judge the language; a megabyte of text would hold the detector for seconds
        boolean english = language.isEnglish(MailStore.truncate(reply.ownWords(), LANGUAGE_SAMPLE_CHARS));
        long id = storeFromSeller(mail, reference, english ? Status.REPLY : Status.NOT_ENGLISH, reply.text());
        List<InboundMail.Attachment> files = mail.attachments();
        for (int i = 0; i < files.size(); i++) {
            var file = files.get(i);
            String rejection = attachments.rejection(file, i);
            store.insertAttachment(
                    id,
                    file.fileName(),
                    file.contentType(),
                    file.size(),
                    rejection == null ? file.content() : null,
                    rejection);
        }
        if (!english) {
            // at most one a day per claim: an auto-responder writing in another language must not start a mail loop
            String once = "english-request:" + reference + ":"
                    + clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
            mailbox.queue(new OutgoingMail(reference, MailKind.ENGLISH_REQUEST, once, Map.of()));
            log.info(
                    "Reply {} to {} is not in English: asked the seller to write in English",
                    mail.messageKey(),
                    reference);
            return new Result(mail.messageKey(), Outcome.NOT_ENGLISH, reference, null);
        }
        events.publishEvent(new SellerReplyReceived(reference, id, clock.instant()));
        log.info("Seller replied to {} ({})", reference, mail.messageKey());
        return new Result(mail.messageKey(), Outcome.REPLY, reference, id);
    }

    private long storeFromSeller(InboundMail mail, String reference, Status status, String text) {
        long id = store.insert(new MailStore.StoredMail(
                0,
                reference,
                Direction.FROM_SELLER,
                null,
                status,
                mail.messageKey(),
                mail.inReplyTo().isEmpty() ? null : mail.inReplyTo().getFirst(),
                mail.references(),
                mail.from() == null ? "" : mail.from(),
                mail.recipients().isEmpty() ? "" : mail.recipients().getFirst(),
                null,
                mail.subject(),
                text,
                null,
                clock.instant()));
        store.keepOriginal(id, mail.raw(), mail.text());
        return id;
    }

    private Result quarantined(InboundMail mail, QuarantineReason reason, String detail, String suggestion) {
        quarantine.insert(
                mail.messageKey(),
                clock.instant(),
                mail.from(),
                mail.subject(),
                reason,
                detail,
                suggestion,
                excerpt(mail),
                mail.raw());
        log.info("Quarantined mail {} from {}: {}", mail.messageKey(), mail.from(), reason);
        return recorded(mail.messageKey(), Outcome.QUARANTINED, suggestion, null);
    }

    /** What the supervisor reads first: the seller's words, else the start of the mail (the raw mail is kept whole). */
    private static String excerpt(InboundMail mail) {
        String text = ReplyText.extract(mail.text()).text();
        return MailStore.truncate(text.isBlank() ? mail.text().strip() : text, EXCERPT_CHARS);
    }

    private Result recorded(String key, Outcome outcome, String reference, Long replyId) {
        ledger.record(key, outcome, reference, clock.instant());
        return new Result(key, outcome, reference, replyId);
    }
}
