package dev.claimdesk.counterfeit.internal;

import dev.claimdesk.counterfeit.Finding;
import dev.claimdesk.mail.MailKind;
import dev.claimdesk.mail.Mailbox;
import dev.claimdesk.mail.OutgoingMail;
import dev.claimdesk.mail.ThreadEntry;
import dev.claimdesk.platform.AppClock;
import dev.claimdesk.platform.PlatformProperties;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * What the counterfeit workers share: the finding a job is about, its audit entry (once per job), and its mails
 * (queued under the job's key, so a job delivered again sends nothing twice).
 */
@Component
public class FindingSteps {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final FindingStore store;
    private final Mailbox mailbox;
    private final AppClock clock;
    private final PlatformProperties platform;
    private final TransactionTemplate transaction;

    public FindingSteps(
            FindingStore store,
            Mailbox mailbox,
            AppClock clock,
            PlatformProperties platform,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.mailbox = mailbox;
        this.clock = clock;
        this.platform = platform;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One transaction per step: the finding's change, its audit entry and its mail commit together or not at all. */
    void inTransaction(Runnable step) {
        transaction.executeWithoutResult(status -> step.run());
    }

    <T> T inTransaction(java.util.function.Supplier<T> step) {
        return transaction.execute(status -> step.get());
    }

    FindingStore store() {
        return store;
    }

    Instant now() {
        return clock.instant();
    }

    /** The job's finding; a missing reference is a modelling error, reported in the job's incident. */
    Finding finding(String reference) {
        if (!StringUtils.hasText(reference)) {
            throw new IllegalArgumentException("Process variable 'findingReference' is missing or empty");
        }
        return store.find(reference).orElseThrow(() -> new IllegalArgumentException("No finding " + reference));
    }

    void audit(Finding finding, ActivatedJob job, String event, String details) {
        store.audit(finding.reference(), clock.instant(), "system", event, details, job.getKey());
    }

    /** Queues the mail under the job's key; returns when it was queued (deadlines that the mail states count from it). */
    Instant mail(ActivatedJob job, Finding finding, MailKind kind, Map<String, Object> values) {
        var all = new HashMap<String, Object>(values);
        all.put("orderNumber", finding.orderNumber());
        all.put("sku", finding.sku());
        all.put("country", finding.country());
        all.put("penalty", finding.penalty());
        String messageId = mailbox.queue(new OutgoingMail(finding.reference(), kind, "job-" + job.getKey(), all));
        return mailbox.thread(finding.reference()).stream()
                .filter(e -> messageId.equals(e.messageId()))
                .map(ThreadEntry::at)
                .findFirst()
                .orElseGet(clock::instant);
    }

    /** A deadline as sellers and agents read it: "Friday 9 October 2026, 23:59 (Asia/Shanghai)". */
    String readable(Instant instant) {
        return DUE.format(instant.atZone(platform.timeZone())) + " ("
                + platform.timeZone().getId() + ")";
    }
}
